import { createDataSource } from './data-source';
import { createTestDatabase } from '../../test-support/test-database';

it('the migrations, run on an empty database, give exactly the schema the entities describe', async () => {
  const database = await createTestDatabase({ seeded: false });
  const owner = createDataSource(database.url, 'owner');
  await owner.initialize();
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    expect(applied.length).toBeGreaterThan(0);
    const pending = await owner.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    expect(await owner.showMigrations()).toBe(false);
  } finally {
    await owner.destroy();
  }
});
