package org.sinosoviet.timeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request exactly as written, bytes and all, for the requests an HTTP client library would refuse
 * to send: broken encodings, odd methods, malformed headers.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** Sends the request on a new connection (adding {@code Connection: close}) and reads the whole answer. */
	public static Answer send(int port, String method, String target, Map<String, String> headers, byte[] body)
			throws IOException {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
			.getBytes(StandardCharsets.UTF_8));
		for (Map.Entry<String, String> header : headers.entrySet()) {
			request.write((header.getKey() + ": " + header.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		if (body != null) {
			request.write(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
		}
		request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		if (body != null) {
			request.write(body);
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 5_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.toByteArray());
				out.flush();
			}
			catch (IOException refusedMidway) {
				// The server may answer and close before reading all of an oversized request.
			}
			return Answer.parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				all.write(buffer, 0, read);
			}
		}
		catch (IOException reset) {
			// A connection reset after the answer: keep what arrived.
		}
		return all.toByteArray();
	}

	/** An answer: its status, headers (names in lower case) and body, de-chunked. */
	public record Answer(int status, Map<String, String> headers, String body) {

		static Answer parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			if (!text.startsWith("HTTP/1.") || end < 0) {
				return new Answer(-1, Map.of(), text);
			}
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].substring(9, 12));
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
			}
			byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int at = 0;
			while (at < chunked.length) {
				int lineEnd = indexOf(chunked, at);
				if (lineEnd < 0) {
					break;
				}
				String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
				int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
				if (size == 0) {
					break;
				}
				body.write(chunked, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
			return body.toByteArray();
		}

		private static int indexOf(byte[] bytes, int from) {
			for (int i = from; i < bytes.length - 1; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					return i;
				}
			}
			return -1;
		}

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
