package org.sinosoviet.timeline.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sinosoviet.timeline.chronology.InvalidDateException;
import org.sinosoviet.timeline.vocabulary.InvalidValue;
import org.sinosoviet.timeline.vocabulary.InvalidValuesException;
import org.sinosoviet.timeline.vocabulary.UnknownCodeException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error a handler raises into an RFC 9457 problem: client mistakes into 4xx problems that
 * say what was wrong, anything unexpected into a 500 that reveals nothing of the server.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ResponseEntity<Object> invalidParameters(InvalidValuesException ex, WebRequest request) {
		return handleExceptionInternal(ex, Problems.invalidParameters(ex.values()), new HttpHeaders(),
				HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(ProblemTypes.NOT_FOUND);
		problem.setTitle("Resource not found");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
		log.error("Unexpected error answering {}", describe(request), ex);
		return handleExceptionInternal(ex, Problems.serverError(), new HttpHeaders(),
				HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidValue> parameters = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			parameters.add(describe(error));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> parameters.add(new InvalidValue(error.getObjectName(), error.getDefaultMessage())));
		return handleExceptionInternal(ex, Problems.invalidParameters(parameters), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidValue> parameters = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new InvalidValue(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return handleExceptionInternal(ex, Problems.invalidParameters(parameters), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		InvalidValue parameter = describeMismatch(name, ex.getValue(), ex);
		return handleExceptionInternal(ex, Problems.invalidParameters(List.of(parameter)), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		InvalidValue parameter = new InvalidValue(ex.getParameterName(), "is required");
		return handleExceptionInternal(ex, Problems.invalidParameters(List.of(parameter)), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"There is nothing at /" + ex.getResourcePath() + ". The API is described at /v3/api-docs.");
		problem.setType(ProblemTypes.NOT_FOUND);
		problem.setTitle("Resource not found");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Method " + ex.getMethod()
				+ " is not supported here; supported: " + String.join(", ", headers.getAllow().stream().map(Object::toString).toList()) + ".");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"None of the media types in the Accept header can be produced here; available: "
						+ String.join(", ", ex.getSupportedMediaTypes().stream().map(Object::toString).toList())
						+ ".");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
			if (problem.getTitle() == null) {
				problem.setTitle(Problems.titleOf(statusCode));
			}
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/**
	 * Problems are always written as {@code application/problem+json}, whatever the client asked for:
	 * a client that wanted CSV still deserves to know why it got none.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail) {
			HttpHeaders problemHeaders = new HttpHeaders();
			problemHeaders.putAll(headers);
			problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return super.createResponseEntity(body, problemHeaders, statusCode, request);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static InvalidValue describe(FieldError error) {
		if (error.isBindingFailure()) {
			TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
			return describeMismatch(error.getField(), error.getRejectedValue(), mismatch);
		}
		return new InvalidValue(error.getField(), error.getDefaultMessage());
	}

	static InvalidValue describeMismatch(String name, @Nullable Object value, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnknownCodeException unknown) {
				return new InvalidValue(name, unknown.getMessage(), unknown.accepted());
			}
			if (cause instanceof InvalidDateException invalidDate) {
				return new InvalidValue(name, invalidDate.getMessage());
			}
			if (cause instanceof NumberFormatException) {
				return new InvalidValue(name, "'" + Problems.abbreviate(value) + "' is not a whole number");
			}
		}
		return new InvalidValue(name, "'" + Problems.abbreviate(value) + "' is not a valid value");
	}

	private static String describe(WebRequest request) {
		return request instanceof ServletWebRequest servlet
				? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI() : request.toString();
	}

}
