/**
 * The part of Eleventy 3's API this project uses; the package ships no TypeScript declarations
 * for its main entry.
 */
declare module '@11ty/eleventy' {
  export interface EleventyEventArgs {
    directories: { input: string; output: string };
    runMode: 'build' | 'serve' | 'watch';
    outputMode: 'fs' | 'json' | 'ndjson';
    results?: { url: string; outputPath: string; inputPath: string }[];
  }

  export interface ServerOptions {
    port?: number;
    showVersion?: boolean;
    domDiff?: boolean;
    messageOnStart?: (info: { hosts: string[]; localhostUrl: string; startupTime: number }) => string | false;
  }

  export interface UserConfig {
    addExtension(extensions: string[], options: { key: string }): void;
    setTemplateFormats(formats: string[]): void;
    addGlobalData(name: string, data: unknown): void;
    addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
    setWatchJavaScriptDependencies(watch: boolean): void;
    setQuietMode(quiet: boolean): void;
    setServerOptions(options: ServerOptions): void;
    setUseGitIgnore(use: boolean): void;
    setInputDirectory(dir: string): void;
    setOutputDirectory(dir: string): void;
    on(event: 'eleventy.before' | 'eleventy.after', listener: (args: EleventyEventArgs) => unknown): void;
    addTransform(name: string, transform: (this: { url?: string; outputPath?: string | false; page: { outputPath: string | false } }, content: unknown) => unknown): void;
  }

  export interface EleventyOptions {
    runMode?: 'build' | 'serve' | 'watch';
    configPath?: string | false;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    disableLogger(): void;
  }
}

/** Eleventy's dev server (installed with Eleventy), as `atlas serve` drives it without Eleventy's watcher. */
declare module '@11ty/eleventy-dev-server' {
  export interface DevServerOptions {
    pathPrefix?: string;
    domDiff?: boolean;
    showVersion?: boolean;
    messageOnStart?: (info: { hosts: string[]; localhostUrl: string; startupTime: number }) => string | false;
    logger?: { info(message: string): void; log(message: string): void; error(message: string): void };
  }

  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    ready(): Promise<void>;
    /** Tell the browsers these files (absolute paths) changed: HTML pages are DOM-diffed, CSS swapped. */
    reloadFiles(files: string[], useDomDiffingForHtml?: boolean): void;
    close(): Promise<void>;
  }
}
