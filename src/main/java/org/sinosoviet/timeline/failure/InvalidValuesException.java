package org.sinosoviet.timeline.failure;

import java.util.List;

/**
 * A request that names things the timeline does not hold (unknown slugs), a period that ends before
 * it starts, or values out of bounds. Each is listed, so that a client can fix them all at once.
 */
public class InvalidValuesException extends RuntimeException {

	/** Where the invalid values came from. */
	public enum Origin {

		/** Query or path parameters. */
		PARAMETERS,
		/** Fields of a request body. */
		BODY

	}

	private final List<InvalidValue> values;

	private final Origin origin;

	public InvalidValuesException(Origin origin, List<InvalidValue> values) {
		super(values.size() == 1 ? "'" + values.get(0).name() + "' is invalid: " + values.get(0).reason()
				: values.size() + " values are invalid");
		this.origin = origin;
		this.values = List.copyOf(values);
	}

	public InvalidValuesException(List<InvalidValue> values) {
		this(Origin.PARAMETERS, values);
	}

	public InvalidValuesException(InvalidValue value) {
		this(List.of(value));
	}

	public List<InvalidValue> values() {
		return values;
	}

	public Origin origin() {
		return origin;
	}

}
