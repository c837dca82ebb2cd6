import { MessageTranslator, localizeErrors, pickLocale } from './message-catalogue';

describe('pickLocale', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['fr-FR, en;q=0.5', 'en'],
    ['en;q=0.4, zh;q=0.6', 'zh-CN'],
    ['en;q=0, zh-TW', 'zh-CN'],
    ['de, fr', 'zh-CN'],
    ['EN-gb', 'en'],
    ['english', 'zh-CN'],
  ])('%p → %s', (header, locale) => {
    expect(pickLocale(header)).toBe(locale);
  });
});

describe('MessageTranslator', () => {
  const translator = new MessageTranslator([
    { 党员: 'Party member', 姓名: 'Name', '{what}不存在': '{what} not found', '{label}不能为空': '{label} is required' },
    { '第 {row} 行“{header}”({cell}):{problem}': 'Row {row}, “{header}” ({cell}): {problem}', 不能为空: 'is required', '该党员已在此党组织': 'The member is already in this organization' },
  ]);

  it('keeps zh-CN as it is', () => {
    expect(translator.translate('党员不存在', 'zh-CN')).toBe('党员不存在');
  });

  it('translates a fixed message, and the parts of a patterned one that are known', () => {
    expect(translator.translate('该党员已在此党组织', 'en')).toBe('The member is already in this organization');
    expect(translator.translate('党员不存在', 'en')).toBe('Party member not found');
    expect(translator.translate('姓名不能为空', 'en')).toBe('Name is required');
  });

  it('keeps what people typed, and translates nested messages', () => {
    expect(translator.translate('第 3 行“姓名”(A3):不能为空', 'en')).toBe('Row 3, “Name” (A3): is required');
    expect(translator.translate('东营组织不存在', 'en')).toBe('东营组织 not found');
  });

  it('takes a {#part} for digits only, so a name ending in the same word stays whole', () => {
    const years = new MessageTranslator([{ '{#year}年': '{year}', '{who}已任该职': '{who} already holds this post' }]);
    expect(years.translate('2026年', 'en')).toBe('2026');
    expect(years.translate('王永年已任该职', 'en')).toBe('王永年 already holds this post');
    expect(years.translate('王永年', 'en')).toBe('王永年');
    expect(years.covers('{}年')).toBe(true);
  });

  it('leaves a message no catalogue knows in zh-CN rather than guess', () => {
    expect(translator.translate('完全未知的提示', 'en')).toBe('完全未知的提示');
  });

  it('tells which message shapes it covers', () => {
    expect(translator.covers('{}不能为空')).toBe(true);
    expect(translator.covers('第 {} 行“{}”({}):{}')).toBe(true);
    expect(translator.covers('该党员已在此党组织')).toBe(true);
    expect(translator.covers('{}已被使用')).toBe(false);
  });

  it('localizes errors and their issues, keeping codes and fields', () => {
    const errors = [{ message: '姓名不能为空', extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'name', message: '姓名不能为空' }] } }];
    expect(localizeErrors(errors, 'en', translator)).toEqual([
      { message: 'Name is required', extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'name', message: 'Name is required' }] } },
    ]);
    expect(localizeErrors(errors, 'zh-CN', translator)).toEqual(errors);
  });
});
