package org.sinosoviet.timeline.caching;

import java.util.List;
import java.util.Map;

/**
 * An answer to a read as it was sent: its content type, the headers the application set, its ETag and
 * its body.
 */
record CachedResponse(String contentType, List<Map.Entry<String, String>> headers, String etag, byte[] body) {

	long size() {
		return body.length + 256L * (headers.size() + 1);
	}

}
