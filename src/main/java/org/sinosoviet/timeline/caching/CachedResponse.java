package org.sinosoviet.timeline.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * An answer to a read as it was sent: its content type, the headers the application set, its ETag and
 * its body, and for a body worth compressing the same body gzipped once, when it is kept.
 *
 * @param gzipped the gzipped body, or {@code null} when the body is too small to gain from it
 */
record CachedResponse(String contentType, List<Map.Entry<String, String>> headers, String etag, byte[] body,
		byte[] gzipped) {

	/** Below this many bytes an answer goes out as it is: gzip's own overhead would eat the gain. */
	static final int MIN_COMPRESSED_SIZE = 1024;

	static CachedResponse of(String contentType, List<Map.Entry<String, String>> headers, String etag, byte[] body) {
		return new CachedResponse(contentType, headers, etag, body,
				body.length >= MIN_COMPRESSED_SIZE ? gzip(body) : null);
	}

	/** The ETag of the gzipped representation: another representation, so another strong validator. */
	String gzippedEtag() {
		return etag == null ? null : etag.substring(0, etag.length() - 1) + "-gz\"";
	}

	long size() {
		return body.length + (gzipped == null ? 0 : gzipped.length) + 256L * (headers.size() + 1);
	}

	static byte[] gzip(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

}
