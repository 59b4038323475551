package org.sinosoviet.timeline;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar ({@code ./mvnw verify} builds it before the {@code *IT} tests run), started as a
 * process of its own on a free port, with its embedded database in a directory of the test's.
 */
public final class PackagedApplication implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private PackagedApplication(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the application and waits until its readiness probe answers.
	 * @param environment environment variables to set (curator variables are otherwise removed)
	 * @param arguments further command-line arguments, such as {@code --timeline.shutdown.drain=2s}
	 */
	public static PackagedApplication start(Path dataDir, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		return start(dataDir, List.of(), environment, arguments);
	}

	/**
	 * Starts the application with options for the JVM, such as {@code -Dspring.aot.enabled=true}, and waits
	 * until its readiness probe answers.
	 */
	public static PackagedApplication start(Path dataDir, List<String> jvmOptions, Map<String, String> environment,
			String... arguments) throws IOException, InterruptedException {
		Path jar = Path.of(System.getProperty("timeline.jar", "target/sino-soviet-timeline.jar"));
		assertThat(jar).as("the packaged application (run with ./mvnw verify)").exists();
		int port = freePort();
		Path log = Files.createTempFile(dataDir, "app-", ".log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--timeline.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().remove("TIMELINE_CURATOR_USERNAME");
		builder.environment().remove("TIMELINE_CURATOR_PASSWORD");
		builder.environment().putAll(environment);
		PackagedApplication application = new PackagedApplication(builder.start(), port, log);
		application.awaitReady();
		return application;
	}

	private void awaitReady() throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as("the application is running; its log:%n%s", log()).isTrue();
			try {
				if (given().get("/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			}
			catch (Exception notYetListening) {
				// keep waiting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The application did not become ready in time; its log:\n" + log());
	}

	public RequestSpecification given() {
		return RestAssured.given().baseUri("http://localhost").port(port);
	}

	public int port() {
		return port;
	}

	public Process process() {
		return process;
	}

	public String log() throws IOException {
		return Files.exists(log) ? Files.readString(log) : "";
	}

	/** Sends SIGTERM, as a container runtime does to stop a container. */
	public void terminate() {
		process.destroy();
	}

	/** Sends SIGKILL ({@code kill -9}) and waits for the process to end; answers its exit status. */
	public int kill() throws InterruptedException {
		process.destroyForcibly();
		return process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
