import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for this module's zh-CN messages and labels (see MessageCatalogue in @zeren/shared-errors). */
export const filesMessages: MessageCatalogue = {
  上传佐证材料: 'Upload supporting documents',
  '文件类型不允许：仅支持图片、PDF 和 Office 文档': 'This file type is not allowed: only images, PDF and Office documents are accepted',
  '文件超过 {size} 上限': 'The file is over the {size} limit',
  未选择文件: 'No file selected',
  文件为空: 'The file is empty',
  一次只能上传一个文件: 'Upload one file at a time',
  '上传格式不正确：请以 multipart/form-data 提交': 'The upload is malformed: send it as multipart/form-data',
  上传内容格式不正确: 'The upload’s content is malformed',
  '图片已损坏，无法读取': 'The image is damaged and cannot be read',
  所属组织编号格式不正确: 'The Party organization ID is malformed',
  '当前身份只能查看，不能上传文件': 'Your current role can view but not upload files',
  文件: 'File',
  缩略图: 'Thumbnail',
  '文件内容缺失，请联系管理员': 'The file’s content is missing: contact your admin',
  '一次最多查询 {max} 个文件': 'At most {max} files can be looked up at a time',
  未命名文件: 'Unnamed file',
  印证资料文件: 'Evidence file',
  '至少需要 {n} 件印证资料': 'At least {n} items of evidence are needed',
  '“{file}”不是要求的印证资料类型': '“{file}” is not a kind of evidence asked for',
};
