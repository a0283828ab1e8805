import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

let client: DynamoDBClient | undefined;

/**
 * One DynamoDB client per process. The endpoint comes from the standard SDK configuration
 * (AWS_ENDPOINT_URL_DYNAMODB points it at dynalite locally); nothing here branches on the environment.
 */
export function dynamoClient(): DynamoDBClient {
  client ??= new DynamoDBClient({ maxAttempts: 3 });
  return client;
}
