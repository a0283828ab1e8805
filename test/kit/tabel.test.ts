import { DescribeTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { maakTabel, tabel } from '@wegwijs/lambda-kit';
import { startDynalite } from '@wegwijs/local-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dynamo: Awaited<ReturnType<typeof startDynalite>>;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(() => dynamo.stop());

describe('creating a table from its definition', () => {
  it('creates it once, and adds an index the definition gained later (kept local data)', async () => {
    await maakTabel(dynamo.client, tabel('oud'), 'wegwijs-test-oud');
    await maakTabel(dynamo.client, tabel('oud'), 'wegwijs-test-oud');
    const Item = { pk: { S: 'a' }, sk: { S: 'b' }, gsi1pk: { S: 'g' }, gsi1sk: { S: 'h' } };
    await dynamo.client.send(new PutItemCommand({ TableName: 'wegwijs-test-oud', Item }));
    await maakTabel(
      dynamo.client,
      tabel('oud', [{ naam: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }]),
      'wegwijs-test-oud',
    );
    const { Table } = await dynamo.client.send(new DescribeTableCommand({ TableName: 'wegwijs-test-oud' }));
    expect(Table?.KeySchema?.map((k) => k.AttributeName)).toEqual(['pk', 'sk']);
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName)).toEqual(['gsi1', 'uitstaand']);
    const kept = await dynamo.client.send(
      new GetItemCommand({ TableName: 'wegwijs-test-oud', Key: { pk: Item.pk, sk: Item.sk } }),
    );
    expect(kept.Item).toEqual(Item);
  });

  it('drops an index the definition lost (begeleiding gsi1), keeping the items', async () => {
    // Arrange: a table with gsi1 and gsi2, and an item
    const naam = 'wegwijs-test-verloren';
    const beide = [
      { naam: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
      { naam: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    ];
    await maakTabel(dynamo.client, tabel('verloren', beide), naam);
    const Item = { pk: { S: 'a' }, sk: { S: 'b' }, gsi2pk: { S: 'g' }, gsi2sk: { S: 'h' } };
    await dynamo.client.send(new PutItemCommand({ TableName: naam, Item }));
    // Act
    await maakTabel(dynamo.client, tabel('verloren', beide.slice(1)), naam);
    // Assert
    const { Table } = await dynamo.client.send(new DescribeTableCommand({ TableName: naam }));
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(['gsi2', 'uitstaand']);
    const kept = await dynamo.client.send(new GetItemCommand({ TableName: naam, Key: { pk: Item.pk, sk: Item.sk } }));
    expect(kept.Item).toEqual(Item);
  });
});
