import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../ranking/issues.js';
import { buildSepaCreditTransfer, type SepaBatch, type SepaTransfer } from './sepa.js';
import { formatCents, toEpcText } from './sepa-text.js';

const debtor = { name: 'Cluster Minero', iban: 'ES91 2100 0418 4502 0005 1332', bic: 'CAIXESBBXXX' };

function transfer(endToEndId: string, amountCents: number, extra: Partial<SepaTransfer> = {}): SepaTransfer {
  return { endToEndId, amountCents, creditorName: 'Pizarras del Bierzo SL', creditorIban: 'DE89370400440532013000', remittance: 'Voucher MTG-2 tranche 1', ...extra };
}

function batch(transfers: SepaTransfer[], extra: Partial<SepaBatch> = {}): SepaBatch {
  return { messageId: 'VETA-2024-0001', createdAt: '2024-05-02T10:30:00', executionDate: '2024-05-03', debtor, transfers, ...extra };
}

/** Independent well-formedness check: tags nest properly, entities are the five predefined ones. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  expect(body).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)([^>]*)>/g)) {
    if (m[1] === '/') expect(stack.pop()).toBe(m[2]);
    else if (!m[3]!.endsWith('/')) stack.push(m[2]!);
  }
  expect(stack).toEqual([]);
  expect(body.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
}

const tag = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((m) => m[1]!);
const toCents = (decimal: string) => {
  const [whole, frac] = decimal.split('.');
  expect(frac).toHaveLength(2);
  return BigInt(whole!) * 100n + BigInt(frac!);
};

describe('SEPA credit transfer (pain.001.001.03)', () => {
  it('writes the expected document for one transfer', () => {
    const file = buildSepaCreditTransfer(batch([transfer('AW1-1', 20_000_00, { creditorBic: 'DEUTDEFF' })], { batchBooking: true }));
    expect(file.xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>VETA-2024-0001</MsgId>
      <CreDtTm>2024-05-02T10:30:00</CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>20000.00</CtrlSum>
      <InitgPty>
        <Nm>Cluster Minero</Nm>
      </InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>VETA-2024-0001</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <BtchBookg>true</BtchBookg>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>20000.00</CtrlSum>
      <PmtTpInf>
        <SvcLvl>
          <Cd>SEPA</Cd>
        </SvcLvl>
      </PmtTpInf>
      <ReqdExctnDt>2024-05-03</ReqdExctnDt>
      <Dbtr>
        <Nm>Cluster Minero</Nm>
      </Dbtr>
      <DbtrAcct>
        <Id>
          <IBAN>ES9121000418450200051332</IBAN>
        </Id>
      </DbtrAcct>
      <DbtrAgt>
        <FinInstnId>
          <BIC>CAIXESBBXXX</BIC>
        </FinInstnId>
      </DbtrAgt>
      <ChrgBr>SLEV</ChrgBr>
      <CdtTrfTxInf>
        <PmtId>
          <EndToEndId>AW1-1</EndToEndId>
        </PmtId>
        <Amt>
          <InstdAmt Ccy="EUR">20000.00</InstdAmt>
        </Amt>
        <CdtrAgt>
          <FinInstnId>
            <BIC>DEUTDEFF</BIC>
          </FinInstnId>
        </CdtrAgt>
        <Cdtr>
          <Nm>Pizarras del Bierzo SL</Nm>
        </Cdtr>
        <CdtrAcct>
          <Id>
            <IBAN>DE89370400440532013000</IBAN>
          </Id>
        </CdtrAcct>
        <RmtInf>
          <Ustrd>Voucher MTG-2 tranche 1</Ustrd>
        </RmtInf>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
`);
  });

  it('writes the number of transactions and the control sum of several transfers', () => {
    const file = buildSepaCreditTransfer(
      batch([transfer('AW1-1', 40_000_00), transfer('AW2-1', 1), transfer('AW3-2', 1_234_56, { creditorIban: 'FR1420041010050500013M02606', remittance: '' })]),
    );
    expect(file.controlSum).toBe('41234.57');
    expect(file.controlSumCents).toBe(41_234_57);
    expect(tag(file.xml, 'CtrlSum')).toEqual(['41234.57', '41234.57']);
    expect(tag(file.xml, 'NbOfTxs')).toEqual(['3', '3']);
    expect(tag(file.xml, 'InstdAmt')).toEqual(['40000.00', '0.01', '1234.56']);
    expect(tag(file.xml, 'Ustrd')).toHaveLength(2); // empty remittance omitted
    expect(file.xml).not.toContain('<Othr>');
    assertWellFormed(file.xml);
  });

  it('control sum equals the sum of the written amounts for random batches', () => {
    const amount = fc.oneof(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99_999_999_999 }));
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 40 }), (amounts) => {
        const file = buildSepaCreditTransfer(batch(amounts.map((a, i) => transfer(`E2E-${i}`, a))));
        const written = tag(file.xml, 'InstdAmt').map(toCents);
        expect(written).toEqual(amounts.map(BigInt));
        const total = written.reduce((s, x) => s + x, 0n);
        expect(tag(file.xml, 'CtrlSum').map(toCents)).toEqual([total, total]);
        expect(BigInt(file.controlSumCents)).toBe(total);
      }),
    );
  });

  it('escapes XML special characters in names and remittance text', () => {
    const file = buildSepaCreditTransfer(
      batch([transfer('AW1-1', 100, { creditorName: `Minas & Canteras <Sur> "SL" O'Neil`, remittance: 'a<b && c>d' })], { debtor: { ...debtor, bic: undefined } }),
    );
    expect(tag(file.xml, 'Nm')[2]).toBe('Minas &amp; Canteras &lt;Sur&gt; &quot;SL&quot; O&apos;Neil');
    expect(tag(file.xml, 'Ustrd')).toEqual(['a&lt;b &amp;&amp; c&gt;d']);
    expect(file.xml).toContain('<Othr>\n            <Id>NOTPROVIDED</Id>');
    assertWellFormed(file.xml);
  });

  it('converts text to the EPC character set on request', () => {
    expect(toEpcText('Minería Ñandú & Cía. Straße №5')).toBe('Mineria Nandu + Cia. Strasse 5');
    const file = buildSepaCreditTransfer(batch([transfer('AW1-1', 100, { creditorName: 'Áridos Peñarroya' })], { charset: 'epc' }));
    expect(tag(file.xml, 'Nm')[2]).toBe('Aridos Penarroya');
  });

  it('formats cents without floating point', () => {
    expect([0, 1, 10, 100, 123456, 99_999_999_999].map(formatCents)).toEqual(['0.00', '0.01', '0.10', '1.00', '1234.56', '999999999.99']);
  });

  it('lists every problem of an invalid batch', () => {
    try {
      buildSepaCreditTransfer(
        batch(
          [
            transfer('AW1-1', 0, { creditorIban: 'DE89370400440532013001', creditorBic: 'DEUT' }),
            transfer('AW1-1', 100, { remittance: 'x'.repeat(141), creditorName: 'line\nbreak' }),
          ],
          { messageId: '/bad//id', executionDate: '2024-02-30', debtor: { ...debtor, iban: 'US64SVBKUS6S3300958879' } },
        ),
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EngineInputError);
      expect((e as EngineInputError).issues.map((i) => `${i.path} ${i.code}`)).toEqual([
        'debtor.iban iban.country',
        'transfers[0].creditorIban iban.checksum',
        'transfers[0].creditorBic sepa.bic_invalid',
        'transfers[0].amountCents sepa.amount_invalid',
        'transfers[1].creditorName sepa.text_invalid_char',
        'transfers[1].remittance sepa.text_too_long',
        'transfers[1].endToEndId sepa.id_duplicate',
        'messageId sepa.id_invalid',
        'executionDate sepa.date_invalid',
      ]);
    }
  });
});
