// The bundle report's yardstick: a bare Hono app reading one item through the
// DynamoDB document client and validating with zod. Entraide's functions are
// compared with what this smallest useful Lambda costs to load.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
import * as z from "zod";

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const Key = z.object({ id: z.string().min(1) });

const app = new Hono().get("/items/:id", async (c) => {
  const { id } = Key.parse(c.req.param());
  const { Item } = await doc.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: id, sk: id } }));
  return Item ? c.json(Item) : c.notFound();
});

export const handler = handle(app);
