package org.sinosoviet.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.restassured.authentication.PreemptiveBasicAuthScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each request the HTTP tests send, one JSON object a line, so that they can be replayed through
 * another checker of the description ({@code bin/check-prism.sh} sends them through Stoplight Prism).
 */
final class RequestRecorder implements Filter {

	private static final List<String> HEADERS = List.of("Accept", "Accept-Encoding", "Content-Type", "If-Match",
			"If-None-Match", "Origin", "Authorization");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path file;

	RequestRecorder(Path file) {
		this.file = file;
	}

	@Override
	public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
			FilterContext context) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("method", request.getMethod());
		String uri = request.getURI();
		line.put("path", uri.substring(uri.indexOf('/', uri.indexOf("//") + 2)));
		Map<String, String> headers = new LinkedHashMap<>();
		HEADERS.forEach(name -> {
			if (request.getHeaders().hasHeaderWithName(name)) {
				headers.put(name, request.getHeaders().getValue(name));
			}
		});
		if (request.getAuthenticationScheme() instanceof PreemptiveBasicAuthScheme basic) {
			headers.put("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((basic.getUserName() + ":" + basic.getPassword()).getBytes(StandardCharsets.UTF_8)));
		}
		line.put("headers", headers);
		Object body = request.getBody();
		if (body instanceof String text) {
			line.put("body", text);
		}
		else if (body instanceof byte[] bytes) {
			line.put("body", new String(bytes, StandardCharsets.UTF_8));
		}
		write(this.file, JSON.writeValueAsString(line) + "\n");
		return context.next(request, response);
	}

	private static final AtomicBoolean STARTED = new AtomicBoolean();

	private static synchronized void write(Path file, String line) {
		try {
			if (STARTED.compareAndSet(false, true)) {
				// One recording per test run: what this run sent, not what earlier runs did.
				Files.deleteIfExists(file);
			}
			Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
