/**
 * "Suis-je éligible ?": a short questionnaire whose {@link
 * fr.paris.teleservices.portal.catalog.eligibility.Answers} are checked against each procedure's
 * conditions, read from the catalog. The answer per aid is probablement éligible / probablement
 * pas / à vérifier with one reason. A missing answer or a dated figure gives "à vérifier", never a
 * false "probablement pas". Nothing here stores anything.
 */
package fr.paris.teleservices.portal.catalog.eligibility;
