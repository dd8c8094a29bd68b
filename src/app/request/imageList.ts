/** Builds ImageAndMaskList / ImageList: each distinct image stored once, referenced by index. */
export class ImageListBuilder {
  private readonly images: string[] = [];
  private readonly indexOf = new Map<string, number>();

  add(dataUri: string): number {
    const known = this.indexOf.get(dataUri);
    if (known !== undefined) return known;
    this.images.push(dataUri);
    this.indexOf.set(dataUri, this.images.length - 1);
    return this.images.length - 1;
  }

  list(): string[] {
    return [...this.images];
  }
}
