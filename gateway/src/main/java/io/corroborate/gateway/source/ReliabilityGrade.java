package io.corroborate.gateway.source;

import org.eclipse.microprofile.graphql.Description;

@Description("Admiralty source reliability (STANAG 2511; wording of US Army FM 2-22.3, Appendix B).")
public enum ReliabilityGrade {
    @Description("Completely reliable: no doubt of authenticity, trustworthiness, or competency; has a history of complete reliability.")
    A,
    @Description("Usually reliable: minor doubt about authenticity, trustworthiness, or competency; has a history of valid information most of the time.")
    B,
    @Description("Fairly reliable: doubt of authenticity, trustworthiness, or competency but has provided valid information in the past.")
    C,
    @Description("Not usually reliable: significant doubt about authenticity, trustworthiness, or competency but has provided valid information in the past.")
    D,
    @Description("Unreliable: lacking in authenticity, trustworthiness, and competency; history of invalid information.")
    E,
    @Description("Reliability cannot be judged: no basis exists for evaluating the reliability of the source.")
    F
}
