package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The schema is the API's documentation: /graphql/schema.graphql describes every type and every operation. */
@QuarkusTest
class GatewaySchemaTest {

    @Test
    void everyIdIsAnIdInArgumentsInputsAndFields() {
        String schema = given().auth().oauth2(TestTokens.forUser("vic", "viewer"))
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        java.util.regex.Matcher notAnId = java.util.regex.Pattern.compile("\\b(\\w*Ids?)\\s*:\\s*\\[?String\\b").matcher(schema);
        java.util.List<String> offenders = new java.util.ArrayList<>();
        while (notAnId.find()) {
            if (!notAnId.group(1).equals("wikidataId")) { // a Wikidata item (Q123), not one of ours
                offenders.add(notAnId.group());
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), offenders, "ids typed String instead of ID");
    }

    @Test
    void everyTypeQueryAndMutationCarriesADescription() {
        String sdl = given().auth().oauth2(TestTokens.forUser("vic", "viewer"))
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        TypeDefinitionRegistry schema = new SchemaParser().parse(sdl);

        Set<String> undescribed = new TreeSet<>();
        List<Class<? extends TypeDefinition>> kinds = List.of(ObjectTypeDefinition.class, InputObjectTypeDefinition.class,
                EnumTypeDefinition.class);
        for (Class<? extends TypeDefinition> kind : kinds) {
            for (TypeDefinition<?> type : schema.getTypes(kind)) {
                if (!isOperationRoot(type.getName()) && blank(description(type))) {
                    undescribed.add(type.getName());
                }
            }
        }
        for (String root : List.of("Query", "Mutation")) {
            ObjectTypeDefinition operations = (ObjectTypeDefinition) schema.getType(root).orElseThrow();
            for (FieldDefinition field : operations.getFieldDefinitions()) {
                if (blank(field.getDescription())) {
                    undescribed.add(root + "." + field.getName());
                }
            }
        }
        assertEquals(Set.of(), undescribed, "types and operations without a description");
    }

    private static boolean isOperationRoot(String name) {
        return name.equals("Query") || name.equals("Mutation") || name.equals("Subscription");
    }

    private static Description description(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition object) {
            return object.getDescription();
        }
        if (type instanceof InputObjectTypeDefinition input) {
            return input.getDescription();
        }
        return ((EnumTypeDefinition) type).getDescription();
    }

    private static boolean blank(Description description) {
        return description == null || description.getContent().isBlank();
    }
}
