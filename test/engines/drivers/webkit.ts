import { Builder, Capabilities, Key as SeleniumKey, Origin, WebElement, type WebDriver } from 'selenium-webdriver';
import { defaultSize, type Engine, type EnginePage, type Key, type Size } from './engine.ts';
import { findCenter, findElement, type Target } from './find-element.ts';
import { miniBrowserPath, startWebKitWebDriver, startXvfb } from './webkit-processes.ts';

/** WebKitGTK's MiniBrowser windows will not go narrower than about 447 px; below this width a page runs in an iframe. */
const minWindowWidth = 480;

const keys: Record<Key, string> = { Enter: SeleniumKey.ENTER, Escape: SeleniumKey.ESCAPE, ArrowDown: SeleniumKey.ARROW_DOWN, Tab: SeleniumKey.TAB };

/**
 * Sends a function to the page as source, with the functions it calls declared beside it (from its own module: vitest
 * rewrites references to imports); WebDriver awaits a returned promise.
 */
function script(fn: (...args: never[]) => unknown, ...helpers: ((...args: never[]) => unknown)[]): string {
  const declarations = helpers.map((helper) => `const ${helper.name} = ${helper.toString()};`).join('\n');
  return `${declarations}\nreturn (${fn.toString()}).apply(null, arguments)`;
}

/** Puts a URL into the harness page's iframe at a size and resolves with the iframe once it has loaded. Runs in the page. */
function loadFrame(url: string, width: number, height: number): Promise<HTMLIFrameElement> {
  const frame = document.querySelector('iframe');
  if (!frame) throw new Error('the frame harness has no iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(frame), { once: true });
    if (url) frame.src = url;
    else frame.contentWindow?.location.reload();
  });
}

function hasSize(width: number, height: number): boolean {
  return window.innerWidth === width && window.innerHeight === height;
}

function resizeFrame(width: number, height: number): HTMLIFrameElement | null {
  const frame = document.querySelector('iframe');
  frame?.style.setProperty('width', `${width}px`);
  frame?.style.setProperty('height', `${height}px`);
  return frame;
}

/**
 * WebKitGTK (Safari's engine, Debian's webkit2gtk-driver) through selenium-webdriver and WebKitWebDriver, on an Xvfb display
 * of its own.
 * Phone widths: a page opened at a width below `minWindowWidth` loads in an iframe of that size on a harness page of the
 * test server (its viewport is the iframe's) and stays in it when resized, to any width; setViewport from a wider window
 * down to a phone width reloads the page in the iframe.
 */
export async function launchWebKit(): Promise<Engine> {
  const xvfb = await startXvfb();
  const open = new Set<EnginePage>();
  return {
    name: 'webkit',
    async newPage(size: Size = defaultSize): Promise<EnginePage> {
      const server = await startWebKitWebDriver(xvfb.display);
      const capabilities = new Capabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] } });
      const driver: WebDriver = await new Builder().usingServer(server.url).withCapabilities(capabilities).build();
      let viewport = size;
      let framed = false;
      let loaded = false;
      let windowSize: Size | undefined;

      // The window's size includes MiniBrowser's toolbar; the page sees the new size a moment after setRect returns.
      const setWindow = async ({ width, height }: Size) => {
        if (windowSize?.width === width && windowSize.height === height) return;
        const toolbar = await driver.executeScript<number>('return window.outerHeight - window.innerHeight');
        await driver
          .manage()
          .window()
          .setRect({ width, height: height + toolbar });
        const fits = () => driver.executeScript<boolean>(script(hasSize), width, height);
        await driver.wait(fits, 5_000, `WebKit: the window did not become ${width}×${height}`);
        windowSize = { width, height };
      };
      /** In the top-level context: the window for the viewport, or one the frame fits in. */
      const fitWindow = () => setWindow(framed ? { width: Math.max(1024, viewport.width), height: viewport.height } : viewport);
      const enterFrame = async (frame: unknown) => {
        if (!(frame instanceof WebElement)) throw new Error('WebKit: the frame harness did not return its iframe');
        await driver.switchTo().frame(frame);
      };
      const goto = async (url: string) => {
        await driver.switchTo().defaultContent();
        framed = viewport.width < minWindowWidth;
        await fitWindow();
        if (framed) {
          await driver.get(`${new URL(url).origin}/__test__/frame.html`);
          await enterFrame(await driver.executeScript(script(loadFrame), url, viewport.width, viewport.height));
        } else {
          await driver.get(url);
        }
        loaded = true;
      };
      await setWindow(size.width < minWindowWidth ? { width: 1024, height: size.height } : size);

      const page: EnginePage = {
        engine: 'webkit',
        goto,
        reload: async () => {
          if (!framed) return driver.navigate().refresh();
          await driver.switchTo().defaultContent();
          await enterFrame(await driver.executeScript(script(loadFrame), '', viewport.width, viewport.height));
        },
        evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => driver.executeScript<R>(script(fn), arg),
        click: async (target: Target) => {
          await driver.executeScript(script(findElement), target);
          // WebKitGTK scrolls asynchronously, and the driver may place the pointer where an element was before the scroll:
          // wait for a drawn frame, then aim at the middle of where it is now. (The harness iframe sits at the window's
          // top left corner, so its coordinates are the window's.) WebDriver's element click would scroll the element to
          // the bottom edge instead, under the offline notice.
          const { x, y } = await driver.executeScript<{ x: number; y: number }>(script(findCenter, findElement), target);
          await driver.actions({ async: true }).move({ origin: Origin.VIEWPORT, x, y }).click().perform();
        },
        type: (text) => driver.actions({ async: true }).sendKeys(text).perform(),
        press: (key) => driver.actions({ async: true }).sendKeys(keys[key]).perform(),
        paste: () => driver.actions({ async: true }).keyDown(SeleniumKey.CONTROL).sendKeys('v').keyUp(SeleniumKey.CONTROL).perform(),
        setViewport: async (next) => {
          viewport = next;
          // A page in the frame stays there at any width: resizing the frame does not reload it.
          if (framed) {
            await driver.switchTo().defaultContent();
            await fitWindow();
            await enterFrame(await driver.executeScript(script(resizeFrame), next.width, next.height));
          } else if (next.width >= minWindowWidth) {
            await fitWindow();
          } else if (loaded) {
            await goto(await driver.executeScript<string>('return location.href'));
          }
        },
        close: async () => {
          open.delete(page);
          try {
            await driver.quit();
          } finally {
            await server.stop();
          }
        },
      };
      open.add(page);
      return page;
    },
    close: async () => {
      await Promise.all([...open].map((page) => page.close()));
      await xvfb.stop();
    },
  };
}
