// A file by its name alone: a deliverable shows no folders of the machine it was made on.

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
