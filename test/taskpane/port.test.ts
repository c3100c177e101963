import { HostError } from '../../src/host/port';

describe('HostError', () => {
  it('carries a code the pane can turn into a clear message', () => {
    const e = new HostError('protected', 'Sheet1 is protected');
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('protected');
    expect(e.name).toBe('HostError');
  });
});
