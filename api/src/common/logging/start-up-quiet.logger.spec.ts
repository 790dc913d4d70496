import { StartUpQuietLogger } from './start-up-quiet.logger';

describe('StartUpQuietLogger', () => {
  it("drops Nest's bootstrap lines and keeps the product's own lines and every warning", () => {
    const logger = new StartUpQuietLogger();
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      logger.log('Mapped {/healthz, GET} route', 'RouterExplorer');
      logger.log('AppModule dependencies initialized', 'InstanceLoader');
      logger.log('Checkmark API listening', 'Main');
      logger.warn('webhook secret missing', 'RouterExplorer');
    } finally {
      spy.mockRestore();
      errSpy.mockRestore();
    }
    const text = written.join('');
    expect(text).toContain('Checkmark API listening');
    expect(text).toContain('webhook secret missing');
    expect(text).not.toContain('Mapped {/healthz');
    expect(text).not.toContain('dependencies initialized');
  });
});
