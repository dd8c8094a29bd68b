import { describe, expect, it } from 'vitest';
import { taskErrorText } from './taskErrorText';

describe('taskErrorText', () => {
  it('says the full-mask refusal in the designer’s words, with what to do', () => {
    const text = taskErrorText({ ErrorMassage: 'inpaint: the mask covers everything and no source was given', ErrorCode: 1, Status: 'Error' });
    expect(text).toMatch(/covers the whole picture/);
    expect(text).toMatch(/Ctrl\+I/);
    expect(text).not.toMatch(/inpaint:/);
  });
  it('says the engine’s full-mask refusal (ErrorCode 4001) with the studio’s names, without a status suffix', () => {
    const plain = taskErrorText({ ErrorMassage: 'The mask covers the whole picture, so there is nothing to fill from: paint only what should change, or add an Image2Image reference to fill from', ErrorCode: 4001, Status: 'Error' });
    expect(plain).toMatch(/^The mask covers the whole picture.*Ctrl\+I inverts the mask back/);
    expect(plain).not.toMatch(/\(Error\)$/);
    const inverted = taskErrorText({ ErrorMassage: 'The mask covers the whole picture, so there is nothing to fill from: paint only what should change, or turn off Invert mask', ErrorCode: 4001, Status: 'Error' });
    expect(inverted).toMatch(/"Redraw outside the mask" is on/);
    expect(inverted).not.toMatch(/Invert mask/);
  });
  it('shows other errors as sent, with the status', () => {
    expect(taskErrorText({ ErrorMassage: 'GPU out of memory', ErrorCode: 5, Status: 'Error' })).toBe('GPU out of memory (Error)');
    expect(taskErrorText({ ErrorMassage: '', ErrorCode: 7, Status: 'Failed' })).toBe('Error 7 (Failed)');
  });
});
