/**
 * Opens the store for a CLI command: the configured server or the local one, checked to answer
 * before the command runs (a missing server or wrong credentials is reported with what to do), and
 * closed afterwards.
 */
import {
  checkReachable,
  connectionSettings,
  openDriver,
  sessionDatabase,
  type Store,
} from '../store/connection.js';
import { disableNagle } from '../store/tcp-no-delay.js';

export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const settings = connectionSettings();
  // The CLI is an entry point: it decides how this process's connections behave (see tcp-no-delay.ts).
  disableNagle();
  const driver = openDriver(settings);
  try {
    await checkReachable(driver, settings);
    return await work({ driver, ...sessionDatabase(settings) });
  } finally {
    await driver.close();
  }
}
