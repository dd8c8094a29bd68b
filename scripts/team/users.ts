// npm run user:add NAME | user:remove NAME | user:list — designers of this studio, in the storage the server uses.
import { DesignerExistsError } from '../../src/storage/taskIndex';
import { designerNameProblem, newDesignerToken, tokenHash } from '../../src/storage/designerTokens';
import { openStorage } from '../../src/storage/openStorage';
import { describeStorage, fail, storageFromEnvironment } from './env';

const [command, ...rest] = process.argv.slice(2);
const name = rest.join(' ').trim();
if (!['add', 'remove', 'list'].includes(command ?? '')) fail('Usage: npm run user:add NAME | npm run user:remove NAME | npm run user:list');
if (command !== 'list') {
  const problem = designerNameProblem(name);
  if (problem) fail(problem);
}

const config = storageFromEnvironment();
const archive = await openStorage(config).catch((error: Error) => fail(error.message));
try {
  if (command === 'add') {
    const token = newDesignerToken();
    try {
      await archive.index.addDesigner(name, tokenHash(token), Date.now());
    } catch (error) {
      if (error instanceof DesignerExistsError) fail(`${error.message}. To give them a new token: npm run user:remove "${name}", then user:add again.`);
      throw error;
    }
    console.log(`Designer "${name}" added to ${describeStorage(config)}. Their token (shown this once; only its hash is stored):\n\n${token}\n`);
    console.log('They paste it into the studio when it asks for an access token.');
  } else if (command === 'remove') {
    const removed = await archive.index.removeDesigner(name);
    if (!removed) fail(`No designer named "${name}" in ${describeStorage(config)}`);
    console.log(`Designer "${name}" removed; their token no longer works (servers forget it within 30 s). Their tasks keep their name.`);
  } else {
    const designers = await archive.index.listDesigners();
    if (designers.length === 0) console.log(`No designers in ${describeStorage(config)} yet: npm run user:add NAME`);
    for (const designer of designers) console.log(`${designer.name}\tadded ${new Date(designer.createdAt).toISOString()}`);
  }
} finally {
  await archive.close();
}
