import { Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, MaxLength, MinLength } from 'class-validator';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { InstitutionKind } from '../institution-kind.enum';
import { INSTITUTION_NUMBER_LENGTH, INSTITUTION_TITLE_LENGTH } from '../institution-document.entity';

// MySQL's TEXT holds 65 535 bytes: 20 000 characters of Chinese (3 bytes each) and some room.
export const INSTITUTION_BODY_LENGTH = 20000;
export const MAX_SUPPLEMENT_FILES = 10;

@InputType({ description: '制度(标题、文号、类别、排序)' })
export class InstitutionDocumentInput {
  @Field(() => InstitutionKind)
  @IsIn(Object.values(InstitutionKind), { message: '制度类别不正确' })
  kind: InstitutionKind;

  @Field()
  @MinLength(1, { message: '请填写制度标题' })
  @MaxLength(INSTITUTION_TITLE_LENGTH, { message: `制度标题最多 ${INSTITUTION_TITLE_LENGTH} 个字符` })
  title: string;

  @Field(() => String, { nullable: true, description: '文号' })
  @IsOptional()
  @MaxLength(INSTITUTION_NUMBER_LENGTH, { message: `文号最多 ${INSTITUTION_NUMBER_LENGTH} 个字符` })
  number?: string | null;

  @Field(() => Int, { nullable: true, description: '排序;不填排在同类最后' })
  @IsOptional()
  @IsInt({ message: '排序应为整数' })
  sortOrder?: number | null;
}

@InputType({ description: '制度版本的正文和施行日期' })
export class InstitutionVersionInput {
  @Field({ description: '正文(段落以换行分隔)' })
  @Extensions({ multiline: true })
  @MinLength(1, { message: '请填写制度正文' })
  @MaxLength(INSTITUTION_BODY_LENGTH, { message: `制度正文最多 ${INSTITUTION_BODY_LENGTH} 个字符` })
  body: string;

  @Field(() => LocalDateScalar, { description: '施行日期' })
  effectiveOn: string;
}

@InputType({ description: '本单位补充细则' })
export class SupplementInput {
  @Field()
  @MinLength(1, { message: '请填写补充细则标题' })
  @MaxLength(INSTITUTION_TITLE_LENGTH, { message: `补充细则标题最多 ${INSTITUTION_TITLE_LENGTH} 个字符` })
  title: string;

  @Field({ description: '正文(段落以换行分隔)' })
  @Extensions({ multiline: true })
  @MinLength(1, { message: '请填写补充细则正文' })
  @MaxLength(INSTITUTION_BODY_LENGTH, { message: `补充细则正文最多 ${INSTITUTION_BODY_LENGTH} 个字符` })
  body: string;

  @Field(() => [ID], { defaultValue: [], description: '附件(本单位已上传文件的 id)' })
  @ArrayMaxSize(MAX_SUPPLEMENT_FILES, { message: `附件最多 ${MAX_SUPPLEMENT_FILES} 件` })
  fileIds: string[];
}
