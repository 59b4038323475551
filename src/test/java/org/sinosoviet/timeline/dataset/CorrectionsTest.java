package org.sinosoviet.timeline.dataset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sinosoviet.timeline.ApiTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Pins every date the dataset corrects or refines against the study notes it grew from, with the note
 * that explains it. Each event's citations give the references behind it; docs/data.md lists them.
 */
class CorrectionsTest extends ApiTestSupport {

	@ParameterizedTest(name = "{0} starts {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			soviet-union-dissolved            | 1991-12-26 | -          | collapsed in 1990
			soviet-advisers-withdrawn         | 1960-07-16 | 1960-08    | ties the withdrawal of the advisers and the cancelled contracts to the Taiwan crisis of 1958
			second-taiwan-strait-crisis       | 1958-08-23 | 1958-10-06 | July-August 1960
			chinese-intervention-in-korea     | 1950-10-19 | -          | 270,000
			mao-visits-moscow                 | 1949-12-16 | 1950-02-17 | invited to Moscow 'in 1950'
			stalin-dies                       | 1953-03-05 | -          | Malenkov
			khrushchev-first-secretary        | 1953-09-07 | -          | 7 September 1953
			first-taiwan-strait-crisis        | 1954-09-03 | 1955-05    | not on Taiwan itself
			khrushchev-visits-beijing-1954    | 1954-09-29 | 1954-10    | already in Beijing for the National Day celebrations
			soviet-withdrawal-from-port-arthur| 1955-05    | -          | Chinese territory with a jointly used naval base
			sino-soviet-treaty-1950           | 1950-02-14 | -          | 1 per cent a year
			soviet-aid-agreement-1953         | 1953-05-15 | -          | 156 key projects
			secret-speech                     | 1956-02-25 | -          | 20th Congress of the Communist Party of the Soviet Union
			new-defence-technical-accord      | 1957-10-15 | -          | consistently rebuffed
			china-aids-albania                | 1961-04    | -          | months before Moscow broke off relations with Tirana
			twenty-second-party-congress      | 1961-10-17 | 1961-10-31 | never severed
			ccp-refuses-23rd-congress         | 1966-03-22 | -          | relations between the two parties that ended
			sino-indian-war                   | 1962-10-20 | 1962-11-21 | Charbatia
			romania-declaration-1964          | 1964-04-22 | -          | lists under 1961
			zhou-enlai-moscow-1964            | 1964-11-07 | -          | 1964 Moscow Meeting
			invasion-of-czechoslovakia        | 1968-08-20 | 1968-08-21 | set out after the invasion, to justify it
			soviet-vietnamese-treaty          | 1978-11-03 | -          | Treaty of Friendship and Cooperation
			vietnam-invades-cambodia          | 1978-12-25 | -          | 24 December 1978
			sino-soviet-trade-agreement-1985  | 1985-07-10 | -          | 10 July 1985
			deng-three-obstacles              | 1986-09-02 | 1989-02    | dates China's refusal of a meeting to 1987
			cultural-cooperation-plan-1988    | 1988-05-04 | -          | 4 May 1988
			tiananmen-protests                | 1989-04-15 | 1989-06-04 | a month earlier
			""")
	void correctedDatesAreExplainedInTheNotes(String slug, String start, String end, String noted) {
		given().get("/events/" + slug)
			.then()
			.statusCode(200)
			.body("start", equalTo(start))
			.body("end", equalTo(end))
			.body("notes", containsString(noted));
	}

}
