/**
 * English for this lib's zh-CN messages (a MessageCatalogue of @zeren/shared-errors, typed here by
 * its shape: the portal compiles this lib and has no server lib to import).
 */
export const rulesMessages: Readonly<Record<string, string>> = {
  '身份证号须为 18 位,前 17 位为数字,最后一位为数字或 X': 'ID numbers have 18 characters: 17 digits, then a digit or X',
  身份证号中的出生日期不是有效日期: 'The birth date in this ID number is not a real date',
  '身份证号校验位不正确,请核对': 'The check digit of this ID number is wrong: please check it',
  '登录名须为 3–64 位字母、数字、下划线、点或连字符': 'Usernames have 3–64 letters, digits, underscores, dots or hyphens',
  '单位代码须为 2–32 位大写字母、数字、下划线或连字符': 'Agency codes have 2–32 capital letters, digits, underscores or hyphens',
  '组织代码须为 1–32 位字母、数字、下划线或连字符': 'Organization codes have 1–32 letters, digits, underscores or hyphens',
  '手机号须为 11 位数字,以 1 开头': 'Phone numbers have 11 digits and start with 1',
  '密码至少 8 位,须同时包含字母和数字': 'Passwords have at least 8 characters, with both letters and digits',
  '姓名须为 1–64 个字符': 'Names have 1–64 characters',
  '单位名称须为 2–100 个字符': 'Agency names have 2–100 characters',
  不能只包含空格: 'cannot be only spaces',
  不能包含控制字符: 'cannot contain control characters',
  不能包含文字方向控制字符: 'cannot contain text-direction control characters',
  包含无效的字符: 'contains invalid characters',
};
