/** Where the lead mounts the files router; GraphQL's `url` fields point here. */
export const FILES_PATH = '/files';
