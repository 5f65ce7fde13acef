// The public GraphQL API, with the signed-in analyst's token: the portal has no other way to the data.
import { accessToken, login } from './auth.js';

/** A GraphQL answer with errors. fieldErrors() maps an input path such as "input.statement" to its message. */
export class ApiError extends Error {
  constructor(errors) {
    super(errors.map((error) => error.message).join('; '));
    this.errors = errors;
  }

  fieldErrors() {
    return Object.fromEntries(this.errors.filter((error) => error.extensions && error.extensions.field)
      .map((error) => [error.extensions.field, error.message]));
  }

  get code() {
    return this.errors[0] && this.errors[0].extensions && this.errors[0].extensions.code;
  }
}

/** Runs an operation; resolves with its data, or rejects with an ApiError when the API reports any error. */
export async function graphql(query, variables = {}) {
  const token = await accessToken();
  if (!token) {
    await login();
    return new Promise(() => {}); // the browser is leaving for the login page
  }
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 401) {
    await login();
    return new Promise(() => {});
  }
  const answer = await response.json();
  if (answer.errors && answer.errors.length) throw new ApiError(answer.errors);
  return answer.data;
}
