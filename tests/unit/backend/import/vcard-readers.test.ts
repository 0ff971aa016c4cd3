import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readContactFile } from '../../../../electron/backend/import/read-contact-file'
import { decodeQuotedPrintable, readVcardRecords, unfold } from '../../../../electron/backend/import/vcard-records'

/** Real cards from phones and mail clients, from the ez-vcard project (BSD licence, LICENSE-ez-vcard.txt beside them). */
const CORPUS = '/work/shared/corpora/vcard/'
const corpus = (file: string) => readFileSync(CORPUS + file, 'utf8')

const read = (text: string) => {
  const result = readContactFile('vcard', text, 'cards.vcf')
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('vCard line handling (the 2.1 layer under ical.js)', () => {
  it('unfolds RFC folding and quoted-printable soft breaks, keeping each line’s first line number', () => {
    const lines = unfold('A:1\r\nNOTE:long\r\n  text\r\nN;ENCODING=QUOTED-PRINTABLE:a=\r\nb=\r\nc\r\nB:2')
    expect(lines).toEqual([
      { line: 1, text: 'A:1' },
      { line: 2, text: 'NOTE:long text' },
      { line: 4, text: 'N;ENCODING=QUOTED-PRINTABLE:abc' },
      { line: 7, text: 'B:2' },
    ])
  })

  it('decodes quoted-printable in its charset, and leaves a malformed escape alone', () => {
    expect(decodeQuotedPrintable('J=C3=B6rg=0D=0AM=C3=BCller')).toBe('Jörg\r\nMüller')
    expect(decodeQuotedPrintable('J=F6rg', 'ISO-8859-1')).toBe('Jörg')
    expect(decodeQuotedPrintable('100=ZZ', 'no-such-charset')).toBe('100=ZZ')
  })
})

describe('vCard readers, own fixtures', () => {
  it('reads vCard 2.1: bare parameters, quoted-printable with soft breaks, Latin-1, several cards', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg M=',
      '=C3=BCller',
      'ORG;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Caf=E9 Ltd;Ventes',
      'TITLE:Buyer',
      'TEL;WORK;VOICE:+49 30 123456',
      'EMAIL;PREF;INTERNET:jorg@example.de',
      'NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond; with semicolon',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Ada Lovelace',
      'URL:https://www.linkedin.com/in/ada',
      'URL;WORK:https://ada.example',
      'END:VCARD',
      '',
    ].join('\r\n')
    const { drafts, skipped, warnings } = read(text)
    expect(skipped).toEqual([])
    expect(warnings).toEqual([])
    expect(drafts[0]).toMatchObject({
      line: 1,
      draft: {
        name: 'Jörg Müller',
        organization: 'Café Ltd',
        department: 'Ventes',
        role: 'Buyer',
        phone: '+49 30 123456',
        email: 'jorg@example.de',
        notes: 'First line\nSecond; with semicolon',
        categories: ['social'],
      },
    })
    expect(drafts[1]).toMatchObject({ line: 12, draft: { name: 'Ada Lovelace', linkedinUrl: 'https://www.linkedin.com/in/ada', website: 'https://ada.example' } })
  })

  it('reads vCard 3.0 with folded lines, escapes, groups and CATEGORIES as tags; N when there is no FN', () => {
    const text =
      'BEGIN:VCARD\nVERSION:3.0\nN:Hopper;Grace;Brewster;Rear Adm.;\nORG:US Navy\nTITLE:Computer\n  scientist\n' +
      'item1.EMAIL;TYPE=INTERNET:grace@navy.example\nNOTE:Wrote\\, among others\\, COBOL\\nand more\nCATEGORIES:Navy,Pioneers\nEND:VCARD\n'
    const { drafts } = read(text)
    expect(drafts[0]!.draft).toMatchObject({
      name: 'Grace Brewster Hopper',
      organization: 'US Navy',
      role: 'Computer scientist',
      email: 'grace@navy.example',
      notes: 'Wrote, among others, COBOL\nand more',
      tags: ['Navy', 'Pioneers'],
    })
  })

  it('reads vCard 4.0 and prefers the PREF e-mail', () => {
    const text =
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alan Turing\r\nEMAIL;TYPE=home:alan@home.example\r\nEMAIL;PREF=1:alan@work.example\r\n' +
      'TEL;VALUE=uri;TYPE=cell:tel:+44-1908-640404\r\nEND:VCARD\r\n'
    expect(read(text).drafts[0]!.draft).toMatchObject({ name: 'Alan Turing', email: 'alan@work.example', phone: '+44-1908-640404' })
  })

  it('drops embedded photos with a warning, in 2.1 (unindented base64) and 3.0 (folded)', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Photo One',
      'PHOTO;TYPE=JPEG;ENCODING=BASE64:',
      '    /9j/4AAQSkZJRgABAQAAAQABAAD',
      'AqACAAQAAAABAAABAKADAAQAAAABAAABAAAAAAD',
      '',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Photo Two',
      'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD',
      ' AqACAAQAAAABAAABAKADAAQAAAABAAABAAAAAAD',
      'END:VCARD',
    ].join('\n')
    const { drafts, warnings } = read(text)
    expect(drafts.map((d) => d.draft.name)).toEqual(['Photo One', 'Photo Two'])
    expect(warnings).toEqual([
      'Line 1: the photo of Photo One was left out; Kith does not keep photos.',
      'Line 9: the photo of Photo Two was left out; Kith does not keep photos.',
    ])
  })

  it('skips a card without FN or N, and a card cut short, with their lines; keeps the rest', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@example.com\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Kept\nEND:VCARD\nBEGIN:VCARD\nFN:Cut'
    const { drafts, skipped } = read(text)
    expect(drafts.map((d) => d.draft.name)).toEqual(['Kept'])
    expect(skipped).toEqual([
      { line: 1, reason: 'The card has no name (neither FN nor N).' },
      { line: 9, reason: 'The card has no END:VCARD; the file may be cut short.' },
    ])
  })

  it('leaves out a 2.1 AGENT card nested inside another', () => {
    const text = 'BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistant\nEND:VCARD\nTITLE:Chief\nEND:VCARD\n'
    const result = readVcardRecords(text)
    expect(result.ok && result.value.records).toHaveLength(1)
    expect(read(text).drafts[0]!.draft).toMatchObject({ name: 'Boss', role: 'Chief' })
  })

  it('answers a file with no card, an empty file and a binary file with clear messages', () => {
    for (const [text, message] of [
      ['FN:Nobody\n', /“cards.vcf”: No vCard was found/],
      ['', /“cards.vcf” is empty/],
      ['\u0000\u0001\u0002BEGIN:VCARD', /is not a text file/],
    ] as const) {
      const result = readContactFile('vcard', text, 'cards.vcf')
      expect(!result.ok && result.error.message).toMatch(message)
    }
  })
})

describe('vCard readers, real cards (corpus)', () => {
  const names = (file: string) => read(corpus(file)).drafts.map((d) => d.draft.name)

  it('reads every corpus file without failing, each card a contact or a skipped row', () => {
    const files = [
      'John_Doe_ANDROID.vcf', 'John_Doe_BLACK_BERRY.vcf', 'John_Doe_EVOLUTION.vcf', 'John_Doe_GMAIL.vcf', 'John_Doe_IPHONE.vcf',
      'John_Doe_LOTUS_NOTES.vcf', 'John_Doe_MAC_ADDRESS_BOOK.vcf', 'John_Doe_MS_OUTLOOK.vcf', 'fullcontact.vcf', 'gmail-list.vcf',
      'gmail-single.vcf', 'gmail-single2.vcf', 'issue114.vcf', 'outlook-2003.vcf', 'outlook-2007.vcf', 'rfc2426-example.vcf',
      'rfc6350-example.vcf', 'thunderbird-MoreFunctionsForAddressBook-extension.vcf',
    ]
    for (const file of files) {
      const text = corpus(file)
      const { drafts, skipped } = read(text)
      expect(drafts.length + skipped.length, file).toBe(text.match(/^BEGIN:VCARD/gim)!.length)
    }
  })

  it('Android 2.1: quoted-printable UTF-8 names, nameless cards skipped', () => {
    const { drafts, skipped } = read(corpus('John_Doe_ANDROID.vcf'))
    expect(drafts[0]!.draft.name).toBe('Ñ Ñ Ñ Ñ Ñ')
    expect(skipped.map((s) => s.line)).toEqual([1, 6])
  })

  it('Outlook 2.1 and 2003/2007: bare parameters, quoted-printable notes, photo warnings', () => {
    const outlook = read(corpus('John_Doe_MS_OUTLOOK.vcf'))
    expect(outlook.drafts[0]!.draft).toMatchObject({ name: 'Mr. John Richter James Doe Sr.', organization: 'IBM', department: 'Accounting', role: 'Money Counter', phone: '(905) 555-1234' })
    expect(outlook.warnings.some((w) => w.includes('photo'))).toBe(true)
    expect(read(corpus('outlook-2003.vcf')).drafts[0]!.draft).toMatchObject({ name: 'John Doe III', notes: 'This is the note field!!\nSecond line\n\nThird line is empty' })
    expect(names('outlook-2007.vcf')).toEqual(['Mr. Michael Angstadt Jr.'])
  })

  it('Gmail, iPhone and Mac 3.0: escaped colons in URLs, grouped properties', () => {
    expect(read(corpus('John_Doe_GMAIL.vcf')).drafts[0]!.draft.website).toBe('http://www.ibm.com')
    expect(read(corpus('John_Doe_IPHONE.vcf')).drafts[0]!.draft).toMatchObject({ email: 'john.doe@ibm.com', website: 'http://www.ibm.com' })
    expect(names('gmail-list.vcf')).toEqual(['Arnold Smith', 'Chris Beatle', 'Doug White'])
  })

  it('RFC examples and Thunderbird: several cards, 4.0 tel URIs, categories', () => {
    expect(names('rfc2426-example.vcf')).toEqual(['Frank Dawson', 'Tim Howes'])
    expect(read(corpus('rfc6350-example.vcf')).drafts[0]!.draft).toMatchObject({ name: 'Simon Perreault', organization: 'Viagenie', phone: '+1-418-656-9254 ext 102' })
    expect(read(corpus('thunderbird-MoreFunctionsForAddressBook-extension.vcf')).drafts[0]!.draft.tags).toEqual(['category1', 'category2', 'category3'])
  })
})
