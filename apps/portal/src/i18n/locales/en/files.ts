import type zhCN from '../zh-CN/files';

export default {
  files: {
    addFiles: 'Upload evidence',
    uploading: 'Uploading {name}',
    uploaded: 'Uploaded',
    removeFile: 'Delete {name}',
    fileTooLarge: 'The file is larger than {max}',
    noEvidence: 'No evidence',
    download: 'Download {name}',
    fileUnavailable: 'The file cannot be downloaded',
    kinds: { IMAGE: 'Image', PDF: 'PDF', OFFICE: 'Word/Excel' },
  },
} satisfies typeof zhCN;
