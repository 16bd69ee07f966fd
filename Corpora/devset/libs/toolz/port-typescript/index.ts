export * from './errors';
export * from './itertoolz';
export * from './dicttoolz';
