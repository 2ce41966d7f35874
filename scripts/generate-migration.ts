/**
 * Writes a migration with the SQL that brings a migrated database to the
 * entities: `npm run migration:generate -- AddProfiles`.
 */
import { dataSourceOptions, runMigrations } from '@crowdcomms/database';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('Give a PascalCase name: npm run migration:generate -- AddProfiles');
  const dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
  try {
    await runMigrations(dataSource);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      console.log('The entities and the migrations already agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) => '`' + s.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map(
          (x) =>
            `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`,
        )
        .join('\n');
    const dir = path.join(__dirname, '..', 'libs', 'database', 'src', 'migrations');
    const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    writeFileSync(
      path.join(dir, `${file}.ts`),
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`,
    );
    const index = path.join(dir, 'index.ts');
    const current = existsSync(index) ? readFileSync(index, 'utf8') : '';
    const imports = [...current.matchAll(/^import .*$/gm)].map((m) => m[0]);
    const names = [...current.matchAll(/^import \{ (\w+) \}/gm)].map((m) => m[1]);
    imports.push(`import { ${className} } from './${file}';`);
    names.push(className);
    writeFileSync(
      index,
      `${imports.join('\n')}\n\n/** Applied in this order; generated with \`npm run migration:generate -- <Name>\`. */\nexport const MIGRATIONS = [${names.join(', ')}];\n`,
    );
    console.log(`Wrote libs/database/src/migrations/${file}.ts (${sql.upQueries.length} statements)`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
