package org.careroadmap.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for every browser test class of a test run (flags as in docs/stack.md section 5), closed
 * when the run ends: starting and stopping Chromium and its driver for each class cost about a second of both cores
 * per class. Classes stay apart as before: each test starts without cookies ({@link BrowserTestBase}), and two
 * classes on different applications are different origins (different ports), so they share no storage either.
 */
final class SharedChromium implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChromium.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root context's store lives as long as the run and closes what it holds (AutoCloseable) at the end.
        Browser browser = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Browser.class, key -> start(), Browser.class);
        BrowserTestBase.driver = browser.driver();
    }

    private static Browser start() {
        try {
            Path profileDir = Files.createTempDirectory("careroadmap-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1600,1200",
                    "--user-data-dir=" + profileDir.toAbsolutePath(), "--lang=ja");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(BrowserTestBase.PAGE_LOAD_TIMEOUT);
            sizeViewport(driver, 1600, 1200);
            return new Browser(service, driver, profileDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** --window-size sets the outer window; grow it by the browser's chrome so the page itself gets width x height. */
    private static void sizeViewport(WebDriver driver, int width, int height) {
        driver.get("about:blank");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        long innerHeight = ((Number) js.executeScript("return window.innerHeight;")).longValue();
        if (innerWidth != width || innerHeight != height) {
            Dimension outer = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(
                    outer.getWidth() + (int) (width - innerWidth), outer.getHeight() + (int) (height - innerHeight)));
        }
    }

    /** The running browser, its driver process and its profile, removed when the run ends. */
    private record Browser(ChromeDriverService service, WebDriver driver, Path profileDir) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                BrowserTestBase.driver = null;
                service.stop();
                try (Stream<Path> files = Files.walk(profileDir)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }
}
