/** Why a file could not be read or written, as a user reads it: in the run's language, never Node's English or a temporary file's name. */
import { describe, expect, it } from 'vitest';
import { failureReason } from '../../src/cli/write-failure.js';
import { en } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';

const systemError = (code: string) => Object.assign(new Error(`${code}: something, open '/tmp/.report.json.123.ab12.tmp'`), { code, syscall: 'open' });

describe('failureReason', () => {
  it('says the usual reasons in words of each language', () => {
    expect(failureReason(systemError('ENOSPC'), en)).toBe('the disk is full');
    expect(failureReason(systemError('ENOSPC'), fi)).toBe('levy on täynnä');
    expect(failureReason(systemError('ENAMETOOLONG'), fi)).toBe('nimi on liian pitkä');
  });
  it('names another system error by its code, without the message that names the temporary file', () => {
    expect(failureReason(systemError('EMFILE'), en)).toBe('the system refused (EMFILE)');
    expect(failureReason(systemError('EMFILE'), fi)).toBe('järjestelmä ei sallinut sitä (EMFILE)');
  });
  it('keeps the message of an error that is not the system\'s', () => {
    expect(failureReason(Object.assign(new Error('a piece could not be made'), { code: 'ERR_INVALID_ARG_TYPE' }), en)).toBe('a piece could not be made');
  });
});
