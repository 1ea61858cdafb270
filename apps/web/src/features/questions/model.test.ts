import { detectFormat, excerpt, isImportableFile } from './model';

describe('question bank model', () => {
  it('turns a Markdown stem into a one-line excerpt cut at a word', () => {
    expect(excerpt('## Quench\n\nWhat **boils** off in a [quench](https://x.org)?')).toBe('Quench What boils off in a quench?');
    expect(excerpt('one two three four five six', 14)).toBe('one two three…');
  });

  it('guesses the format from the name, and for .txt from the content', () => {
    expect(detectFormat('bank.gift', '')).toBe('GIFT');
    expect(detectFormat('bank.CSV', '')).toBe('CSV');
    expect(detectFormat('bank.txt', 'Q?\nA. a\nB. b\nANSWER: B\n')).toBe('AIKEN');
    expect(detectFormat('bank.txt', '::t:: Q? {=a ~b ~c ~d}')).toBe('GIFT');
  });

  it('accepts text files only', () => {
    expect(isImportableFile('bank.gift', '')).toBe(true);
    expect(isImportableFile('notes', 'text/plain')).toBe(true);
    expect(isImportableFile('bank.pdf', 'application/pdf')).toBe(false);
  });
});
