import { dispatchable, globalTable } from '@zeren/tenancy';
import { InstitutionDocument } from './institution-document.entity';
import { InstitutionVersion } from './institution-version.entity';
import { InstitutionReceipt } from './institution-receipt.entity';
import { ReceiptStatus } from './institution-kind.enum';

// The library is the committee's: everyone signed in reads it, only the committee writes it.
globalTable(InstitutionDocument, { writers: 'committee' });
globalTable(InstitutionVersion, { writers: 'committee' });

// Publishing writes every agency's receipt in one statement; only the agency confirms its own.
dispatchable(InstitutionReceipt, {
  committeeFields: ['documentId', 'versionId', 'issuedAt'],
  agencyFields: ['confirmedAt', 'confirmedById'],
  state: {
    field: 'status',
    initial: ReceiptStatus.UNCONFIRMED,
    transitions: [{ from: ReceiptStatus.UNCONFIRMED, to: ReceiptStatus.CONFIRMED, by: 'agency' }],
  },
});
