package org.sinosoviet.timeline.caching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.web.EntityTagFilter;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a read from the cache when the same URL has been answered with the same {@code Accept} since the
 * dataset last changed: the same bytes, headers and ETag, or 304 when {@code If-None-Match} names the
 * ETag. Otherwise the request goes on to the application and a successful answer is kept. It stands
 * after the limits, the rate limit and CORS, and before security, which never looks at a read's
 * credentials. No answer depends on a request header other than {@code Accept}, which is part of the key.
 */
class ResponseCacheFilter extends OncePerRequestFilter {

	private final ResponseCache cache;

	ResponseCacheFilter(ResponseCache cache) {
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || request.getHeader(HttpHeaders.RANGE) != null || request.getRequestURI().startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		ResponseCache.Generation generation = cache.generation();
		CachedResponse cached = generation.get(key);
		if (cached != null) {
			write(cached, request, response);
			return;
		}
		Map<String, List<String>> before = headers(response);
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if ("GET".equals(request.getMethod()) && wrapper.getStatus() == HttpServletResponse.SC_OK
				&& wrapper.getContentType() != null) {
			generation.put(key, new CachedResponse(wrapper.getContentType(), added(before, headers(response)),
					response.getHeader(HttpHeaders.ETAG), wrapper.getContentAsByteArray()));
		}
		wrapper.copyBodyToResponse();
	}

	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return request.getRequestURI() + (query == null ? "" : "?" + query) + "\n" + (accept == null ? "" : accept);
	}

	private static void write(CachedResponse cached, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		for (Map.Entry<String, String> header : cached.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
		if (cached.etag() != null
				&& EntityTagFilter.matchesNoneMatch(request.getHeader(HttpHeaders.IF_NONE_MATCH), cached.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(cached.contentType());
		response.setContentLength(cached.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(cached.body());
		}
	}

	private static Map<String, List<String>> headers(HttpServletResponse response) {
		Map<String, List<String>> headers = new HashMap<>();
		for (String name : response.getHeaderNames()) {
			Collection<String> values = response.getHeaders(name);
			headers.put(name.toLowerCase(java.util.Locale.ROOT), new ArrayList<>(values));
		}
		return headers;
	}

	/** The headers the application set: those present after it answered, less those present before. */
	private static List<Map.Entry<String, String>> added(Map<String, List<String>> before,
			Map<String, List<String>> after) {
		List<Map.Entry<String, String>> added = new ArrayList<>();
		after.forEach((name, values) -> {
			List<String> earlier = new ArrayList<>(before.getOrDefault(name, List.of()));
			for (String value : values) {
				if (!earlier.remove(value) && !name.equals("content-type") && !name.equals("content-length")) {
					added.add(Map.entry(name, value));
				}
			}
		});
		return List.copyOf(added);
	}

}
