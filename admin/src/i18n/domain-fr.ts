/** Entraide's own words in French: resources, fields, fixed lists, messages (same keys as domain-ar). */
import { bilanMessages } from "@entraide/core/glossary/bilan";
import { enumMessages } from "@entraide/core/glossary/labels";

import { importsMessages, importsResource } from "./imports";
import { duplicatesMessages } from "./matching";
const system = { id: "Identifiant", version: "Version", createdAt: "Créé le", updatedAt: "Modifié le" };
const territory = { regionCode: "Région", provinceCode: "Préfecture ou province", areaType: "Milieu" };

export default {
  resources: {
    imports: importsResource.fr,
    centers: {
      name: "Centre |||| Centres",
      fields: {
        ...system, ...territory,
        name: "Nom", type: "Type de centre", capacity: "Capacité d'accueil", status: "Statut",
        openedOn: "Ouvert le", closedOn: "Fermé le", managedBy: "Géré par",
        location: { lat: "Latitude", lng: "Longitude" },
      },
    },
    beneficiaries: {
      name: "Bénéficiaire |||| Bénéficiaires",
      fields: {
        ...system, ...territory,
        nationalId: "N° de CIN", firstName: "Prénom", lastName: "Nom", sex: "Sexe",
        birthDate: "Date de naissance", categories: "Catégories", disabilityType: "Type de handicap", phone: "Téléphone",
        consentGiven: "Consentement de la personne (loi 09-08)",
      },
    },
    enrollments: {
      name: "Inscription |||| Inscriptions",
      fields: { ...system, beneficiaryId: "Bénéficiaire", centerId: "Centre", service: "Prestation", startDate: "Début", endDate: "Fin" },
    },
    cooperatives: {
      name: "Coopérative |||| Coopératives",
      fields: {
        ...system, ...territory,
        name: "Nom", kind: "Forme", foundedOn: "Fondée le", sector: "Secteur", members: "Membres",
        foundedByGraduates: "Fondée par des lauréats des centres", originCenterId: "Centre de formation d'origine",
      },
    },
    "marketplace-spaces": {
      name: "Espace de commercialisation solidaire |||| Espaces de commercialisation",
      fields: {
        ...system, ...territory,
        name: "Nom", openedOn: "Ouvert le", stalls: "Stands", status: "Statut", hostsActive: "Stands occupés",
      },
    },
    exhibitions: {
      name: "Exposition |||| Expositions",
      fields: {
        ...system, ...territory,
        name: "Nom", scope: "Portée", startDate: "Début", endDate: "Fin", participantCount: "Coopératives participantes",
        cooperativeId: "Coopérative", salesMad: "Ventes (MAD)",
      },
    },
    "aid-distributions": {
      name: "Aide distribuée |||| Aides distribuées",
      fields: {
        ...system,
        beneficiaryId: "Bénéficiaire", kind: "Nature de l'aide", date: "Date", description: "Description",
        quantity: "Quantité", valueMad: "Valeur (MAD)",
      },
    },
    grants: {
      name: "Subvention FACS |||| Subventions FACS",
      fields: {
        ...system,
        beneficiaryId: "Bénéficiaire", amountMad: "Montant (MAD)", awardedOn: "Accordée le",
        activity: "Activité génératrice de revenus", status: "Statut",
      },
    },
    "program-supports": {
      name: "Soutien à la protection des mineurs |||| Soutiens à la protection des mineurs",
      fields: { ...system, centerId: "Établissement", year: "Année", amountMad: "Montant (MAD)", note: "Observation" },
    },
    "vigilance-cells": {
      name: "Cellule de veille sociale |||| Cellules de veille sociale",
      fields: {
        ...system, ...territory,
        establishedOn: "Créée le", dissolvedOn: "Dissoute le", members: "Membres", active: "Activité",
        referredCenterId: "Centre d'orientation",
      },
    },
  },
  entraide: {
    duplicates: duplicatesMessages("fr"),
    imports: importsMessages.fr,
    title: "Entraide Nationale",
    languages: { ar: "العربية", fr: "Français" },
    enums: enumMessages("fr"),
    bilan: bilanMessages("fr"),
    errors: {
      stale_version: "Quelqu'un d'autre a modifié cet enregistrement entre-temps. Rechargez la page puis recommencez.",
      network: "Le serveur est injoignable. Vérifiez le réseau puis recommencez.",
      server: "Une erreur est survenue sur le serveur ; la demande n'a pas été appliquée.",
    },
    beneficiary: { full_name: "Nom complet", enrollments: "Inscriptions de ce bénéficiaire", enroll: "Inscrire dans un centre" },
    hosts: {
      title: "Coopératives hébergées",
      occupancy: "%{taken} stands occupés sur %{stalls}",
      cooperative: "Coopérative",
      from: "Du",
      to: "Au",
      current: "Hébergée actuellement",
      none: "Aucune coopérative hébergée.",
      add: "Héberger une coopérative",
      end: "Mettre fin à l'hébergement",
      end_on: "Fin de l'hébergement le",
      added: "Coopérative hébergée",
      ended: "Hébergement terminé",
    },
    participants: {
      title: "Coopératives participantes",
      cooperative: "Coopérative",
      sales: "Ventes (MAD)",
      none: "Aucune coopérative participante.",
      add: "Ajouter une coopérative",
      remove: "Retirer",
      added: "Coopérative ajoutée",
      removed: "Participation retirée",
    },
    alerts: {
      title: "Signalements",
      date: "Date",
      kind: "Nature",
      description: "Description",
      status: "Suivi",
      referredCenterId: "Centre d'orientation",
      none: "Aucun signalement.",
      add: "Enregistrer le signalement",
      added: "Signalement enregistré",
    },
    dashboard: {
      title: "Bilan %{year}",
      from_indicators: "Indicateurs annuels, calculés le %{date}",
      from_counts: "Comptés directement dans les registres (en attendant les indicateurs annuels)",
      capped: "plus de %{count}",
      loading_chart: "Chargement du graphique…",
      figures: {
        centers: "Centres", centers_active: "Centres actifs", beneficiaries: "Bénéficiaires", enrollments: "Inscriptions",
        cooperatives: "Coopératives", marketplace_spaces: "Espaces de commercialisation", capacity: "Capacité d'accueil",
      },
      charts: { centers_by_type: "Centres par type", cooperatives_by_sector: "Coopératives par secteur", count: "Nombre" },
    },
  },
};
