import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounded soak test of a running Care Roadmap on loopback (bench/soak.sh starts it): for a fixed
 * number of minutes, anonymous reads (chart, roadmap JSON, list, home page) at a fixed rate, and
 * an editor signed in with a session (cookie + CSRF header, as the browser's scripts do) who
 * changes an item, adds an arrow and deletes it again, in turn, at a fixed rate. Every answer but
 * the expected one counts as an error. Each minute it asks the server for its heap after a full
 * GC (jcmd; the smallest of three), then prints the totals and stops by itself.
 *
 * <pre>java bench/Soak.java BASE_URL PID MINUTES READS_PER_SECOND EDITS_PER_SECOND ROADMAP_ID</pre>
 */
public class Soak {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    static final Pattern FIRST_ITEM = Pattern.compile("\"items\":\\[\\{\"id\":\"([^\"]+)\"");

    static final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    static final AtomicLong errors = new AtomicLong();
    static final List<String> errorSamples = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int minutes = Integer.parseInt(args[2]);
        int readsPerSecond = Integer.parseInt(args[3]);
        int editsPerSecond = Integer.parseInt(args[4]);
        long roadmap = Long.parseLong(args[5]);

        HttpClient readers = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpClient editor = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String csrf = signIn(editor, base, "iki-editor");
        startRevision(editor, base, roadmap, csrf);

        String[] reads = {base + "/roadmaps/" + roadmap, base + "/api/roadmaps/" + roadmap, base + "/api/roadmaps", base + "/"};
        // A backlog this deep means requests wait seconds: counted as errors rather than queued without end.
        Semaphore inFlight = new Semaphore(256);
        AtomicLong tick = new AtomicLong();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        long start = System.nanoTime();
        long end = start + TimeUnit.MINUTES.toNanos(minutes);

        scheduler.scheduleAtFixedRate(() -> {
            if (!inFlight.tryAcquire()) {
                error("client", "more than 256 reads in flight: the server is falling behind");
                return;
            }
            String url = reads[(int) (tick.getAndIncrement() % reads.length)];
            readers.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        inFlight.release();
                        String kind = "read " + url.replace(base, "");
                        if (failure != null) {
                            error(kind, failure.toString());
                        } else if (response.statusCode() != 200) {
                            error(kind, "status " + response.statusCode());
                        } else {
                            counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                        }
                    });
        }, 0, 1_000_000 / readsPerSecond, TimeUnit.MICROSECONDS);

        Editor edits = new Editor(editor, base, roadmap, csrf);
        scheduler.scheduleAtFixedRate(edits::next, 500, 1000 / editsPerSecond, TimeUnit.MILLISECONDS);

        List<String> heap = new ArrayList<>();
        for (int minute = 1; minute <= minutes; minute++) {
            long wait = start + TimeUnit.MINUTES.toNanos(minute) - System.nanoTime();
            TimeUnit.NANOSECONDS.sleep(Math.max(0, wait));
            double mb = heapAfterGc(pid);
            heap.add(String.format("%.1f", mb));
            System.out.printf("minute %d: %d requests, %d errors, heap after GC %.1f MB%n", minute, total(), errors.get(), mb);
        }
        scheduler.shutdown();
        scheduler.awaitTermination(15, TimeUnit.SECONDS);
        Thread.sleep(2000); // let the last reads answer
        System.out.println();
        System.out.println("requests by kind:");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.println("  " + e.getKey() + ": " + e.getValue()));
        System.out.println("total requests: " + total() + ", errors: " + errors.get()
                + ", seconds: " + (System.nanoTime() - start) / 1_000_000_000);
        System.out.println("heap after GC per minute (MB): " + String.join(", ", heap));
        synchronized (errorSamples) {
            errorSamples.forEach(s -> System.out.println("  error: " + s));
        }
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    static long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum() + errors.get();
    }

    static void error(String kind, String what) {
        errors.incrementAndGet();
        synchronized (errorSamples) {
            if (errorSamples.size() < 20) {
                errorSamples.add(kind + ": " + what);
            }
        }
    }

    static String signIn(HttpClient client, String base, String user) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = "username=" + user + "&password=demo-pass-2026&_csrf=" + URLEncoder.encode(token(page), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode());
        }
        // The token changes at sign-in; any signed-in page with a form carries the new one.
        String account = client.send(HttpRequest.newBuilder(URI.create(base + "/account/password")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return token(account);
    }

    /**
     * Iki City's demo roadmap is published, and a published roadmap is changed only in a revision
     * (改訂): the editor starts one first, as a person would. The public goes on reading the
     * published version meanwhile, which is what the anonymous reads then measure.
     */
    static void startRevision(HttpClient client, String base, long roadmap, String csrf) throws Exception {
        String body = client.send(HttpRequest.newBuilder(URI.create(base + "/api/roadmaps/" + roadmap))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
        if (!body.contains("\"status\":\"PUBLISHED\"") && !body.contains("\"status\":\"ACCEPTED\"")) {
            return;
        }
        Matcher v = VERSION.matcher(body);
        if (!v.find()) {
            throw new IllegalStateException("no version in " + body);
        }
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/roadmaps/" + roadmap + "/reopen"))
                .header("X-XSRF-TOKEN", csrf).header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + v.group(1) + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("could not start a revision: " + response.statusCode() + " " + response.body());
        }
    }

    static String token(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in page");
        }
        return m.group(1);
    }

    /** One editor, one change at a time: change the first item, add an arrow to it, delete that arrow. */
    static final class Editor {
        final HttpClient client;
        final String base;
        final long roadmap;
        final String csrf;
        long version = -1;
        String item;
        String arrow;
        int step;
        boolean busy;

        Editor(HttpClient client, String base, long roadmap, String csrf) {
            this.client = client;
            this.base = base;
            this.roadmap = roadmap;
            this.csrf = csrf;
        }

        synchronized void next() {
            if (busy) {
                error("edit", "previous edit still running: the server is falling behind");
                return;
            }
            busy = true;
            try {
                if (version < 0) {
                    read(send("GET", "/api/roadmaps/" + roadmap, null, 200, "edit read"));
                    return;
                }
                String kind;
                HttpResponse<String> response;
                switch (step++ % 3) {
                    case 0 -> {
                        kind = "edit change item";
                        response = send("PUT", "/api/roadmaps/" + roadmap + "/items/" + item,
                                "{\"version\":" + version + ",\"category\":\"A\",\"title\":\"退院支援 " + step
                                        + "\",\"targetVision\":\"目指す姿\",\"achievementYear\":\"2026\",\"measures\":\"推進方策\"}", 200, kind);
                    }
                    case 1 -> {
                        kind = "edit add arrow";
                        response = send("POST", "/api/roadmaps/" + roadmap + "/items/" + item + "/arrows",
                                "{\"version\":" + version + ",\"label\":\"負荷試験\",\"startYear\":\"2024\",\"endYear\":\"2025\"}", 201, kind);
                        if (response != null) {
                            Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"label\":\"負荷試験\"").matcher(response.body());
                            arrow = m.find() ? m.group(1) : null;
                        }
                    }
                    default -> {
                        kind = "edit delete arrow";
                        response = arrow == null ? null : send("DELETE", "/api/roadmaps/" + roadmap + "/items/" + item
                                + "/arrows/" + arrow + "?version=" + version, null, 200, kind);
                    }
                }
                if (response == null) {
                    version = -1; // read again before the next change
                } else {
                    read(response);
                }
            } finally {
                busy = false;
            }
        }

        void read(HttpResponse<String> response) {
            if (response == null) {
                return;
            }
            Matcher v = VERSION.matcher(response.body());
            Matcher i = FIRST_ITEM.matcher(response.body());
            if (v.find() && i.find()) {
                version = Long.parseLong(v.group(1));
                item = i.group(1);
            }
        }

        HttpResponse<String> send(String method, String path, String json, int expected, String kind) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                    .header("X-XSRF-TOKEN", csrf).header("Accept", "application/json");
            if (json != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != expected) {
                    error(kind, "status " + response.statusCode() + " " + response.body().substring(0, Math.min(200, response.body().length())));
                    return null;
                }
                counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                return response;
            } catch (Exception e) {
                error(kind, e.toString());
                return null;
            }
        }
    }

    /**
     * Heap used after a full GC, the smallest of three a second apart: a single figure also
     * counts whatever the requests in flight at that instant hold, which moves it by several MB.
     */
    static double heapAfterGc(long pid) throws Exception {
        double smallest = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            run("jcmd", Long.toString(pid), "GC.run");
            String info = run("jcmd", Long.toString(pid), "GC.heap_info");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
            if (m.find()) {
                smallest = Math.min(smallest, Long.parseLong(m.group(1)) / 1024.0);
            }
            Thread.sleep(1000);
        }
        return smallest;
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
