/**
 * The catalog of procedures a usager can file online: the CASVP's aides facultatives and
 * domiciliation. Each procedure is one YAML file under {@code src/main/resources/catalog/}, listed
 * in {@code catalog/index.yaml}, read and validated by {@link
 * fr.paris.teleservices.portal.catalog.CatalogLoader} at start-up: a malformed entry stops the
 * portal with a message naming the file and the field.
 *
 * <p>The data holds the figures (ceilings, amounts), the eligibility conditions and the supporting
 * documents; every word a person reads is in the {@code catalog} bundle family of the i18n module,
 * rendered by {@link fr.paris.teleservices.portal.catalog.CatalogTexts}. Sub-packages: {@code
 * eligibility} (the "Suis-je éligible ?" questionnaire) and {@code documents} (which justificatifs
 * are still missing).
 */
package fr.paris.teleservices.portal.catalog;
