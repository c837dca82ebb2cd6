/** Where the gateway mounts the files router (filesModule.http); GraphQL's `url` fields point here. */
export const FILES_PATH = '/files';
