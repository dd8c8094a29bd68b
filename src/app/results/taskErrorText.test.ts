import { describe, expect, it } from 'vitest';
import { taskErrorText } from './taskErrorText';

describe('taskErrorText', () => {
  it('says the full-mask refusal in the designer’s words, with what to do', () => {
    const text = taskErrorText({ ErrorMassage: 'inpaint: the mask covers everything and no source was given', ErrorCode: 1, Status: 'Error' });
    expect(text).toMatch(/covers the whole picture/);
    expect(text).toMatch(/Ctrl\+I/);
    expect(text).not.toMatch(/inpaint:/);
  });
  it('shows other errors as sent, with the status', () => {
    expect(taskErrorText({ ErrorMassage: 'GPU out of memory', ErrorCode: 5, Status: 'Error' })).toBe('GPU out of memory (Error)');
    expect(taskErrorText({ ErrorMassage: '', ErrorCode: 7, Status: 'Failed' })).toBe('Error 7 (Failed)');
  });
});
