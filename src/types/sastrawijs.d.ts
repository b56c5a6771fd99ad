// sastrawijs ships typings its package.json "exports" does not expose; declare the part we use.
declare module "sastrawijs" {
  export class Stemmer {
    stem(word: string): string;
  }
  export class Tokenizer {
    tokenize(text: string): string[];
  }
}
