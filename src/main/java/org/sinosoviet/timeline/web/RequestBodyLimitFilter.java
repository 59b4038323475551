package org.sinosoviet.timeline.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.failure.Failure;
import org.sinosoviet.timeline.failure.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the limit with 413, whether the client declares the length or
 * streams the body in chunks: a write must fit in memory and in one transaction.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemWriter problems;

	public RequestBodyLimitFilter(long maxBytes, ProblemWriter problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			problems.write(request, response, tooLarge(maxBytes).getBody());
			return;
		}
		chain.doFilter(new LimitedRequest(request, maxBytes), response);
	}

	static PayloadTooLargeException tooLarge(long maxBytes) {
		return new PayloadTooLargeException(maxBytes);
	}

	/** A body over the limit: 413. */
	public static class PayloadTooLargeException extends Failure {

		PayloadTooLargeException(long maxBytes) {
			super(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Request body too large",
					"The request body is larger than the limit of " + maxBytes + " bytes.");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), maxBytes);
			}
			return stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maxBytes;

		private long read;

		LimitedStream(ServletInputStream delegate, long maxBytes) {
			this.delegate = delegate;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > maxBytes) {
				throw tooLarge(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
