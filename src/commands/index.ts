/**
 * The commands page's composition root (webpack's `commands` entry): the ribbon's
 * functions over the Office host, with the engine in a Web Worker where the
 * runtime can start one and in this thread otherwise, as in the pane. A function
 * command runs in a browser runtime on every platform, so Workers are there; at
 * 500k rows the check no longer holds the runtime's only thread for half a
 * minute, and Verify's deadline can stop it (see commands.ts).
 *
 * Only this file names the worker's bundle (through createBrowserWorker, which
 * jest cannot load); commands.ts receives the engine.
 */
import { createBrowserEngine } from '../worker/createBrowserWorker';
import { startCommands } from './commands';

if (typeof Office !== 'undefined') startCommands(Office, createBrowserEngine);
