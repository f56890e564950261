/**
 * DynamoDB answers a list with a cursor to the next page, never a total or an
 * offset. To let react-admin move between numbered pages we remember, for each
 * list (resource + filters + page size), which cursor opens page N and how many
 * records came before it. Page 1 needs none; a page never reached has no cursor.
 */
export interface PageStart {
  /** "" for page 1. */
  cursor: string;
  /** Records on the pages before this one (a page may be short when a filter discards much). */
  offset: number;
}

export class CursorBook {
  private readonly lists = new Map<string, Map<number, PageStart>>();

  static listKey(resource: string, filter: Record<string, unknown>, perPage: number): string {
    const sorted = Object.keys(filter)
      .sort()
      .filter((name) => filter[name] !== undefined && filter[name] !== "")
      .map((name) => [name, filter[name]]);
    return JSON.stringify([resource, sorted, perPage]);
  }

  /** Where `page` starts, or undefined when that page was never reached. */
  startOf(list: string, page: number): PageStart | undefined {
    if (page <= 1) return { cursor: "", offset: 0 };
    return this.lists.get(list)?.get(page);
  }

  /** Records where the page after `page` starts; a last page forgets any later pages. */
  remember(list: string, page: number, itemCount: number, nextCursor: string | null): void {
    const start = this.startOf(list, page);
    let pages = this.lists.get(list);
    if (!pages) {
      pages = new Map();
      this.lists.set(list, pages);
    }
    if (nextCursor) {
      pages.set(page + 1, { cursor: nextCursor, offset: (start?.offset ?? 0) + itemCount });
      return;
    }
    for (const known of [...pages.keys()]) if (known > page) pages.delete(known);
  }
}
