export default {
  // Evidence and attachments: uploading them (EvidenceUpload) and opening stored ones (EvidenceFiles).
  files: {
    addFiles: '上传印证资料',
    uploading: '正在上传 {name}',
    uploaded: '已上传',
    removeFile: '删除 {name}',
    fileTooLarge: '文件超过 {max} 上限',
    noEvidence: '无印证资料',
    download: '下载 {name}',
    fileUnavailable: '文件无法下载',
    kinds: { IMAGE: '图片', PDF: 'PDF', OFFICE: 'Word/Excel 文档' },
  },
};
