import { contentDisposition, downloadName } from './content-disposition';

describe('contentDisposition', () => {
  it('carries a Chinese name as RFC 5987 UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('支部会议记录(3月).pdf')).toBe(
      `attachment; filename="______(3_).pdf"; filename*=UTF-8''%E6%94%AF%E9%83%A8%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95%283%E6%9C%88%29.pdf`,
    );
    expect(contentDisposition(`a"b\\c'd (1).png`, 'inline')).toBe(
      `inline; filename="a_b_c'd (1).png"; filename*=UTF-8''a%22b%5Cc%27d%20%281%29.png`,
    );
  });
});

describe('downloadName', () => {
  it('adds the extension of the sniffed type when the name does not have it', () => {
    expect(downloadName('setup.msi', 'application/msword')).toBe('setup.msi.doc');
    expect(downloadName('照片', 'image/jpeg')).toBe('照片.jpg');
    expect(downloadName('IMG_0001.JPEG', 'image/jpeg')).toBe('IMG_0001.JPEG');
    expect(downloadName('报告.PDF', 'application/pdf')).toBe('报告.PDF');
  });
});
