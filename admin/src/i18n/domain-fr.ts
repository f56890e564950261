/**
 * Entraide's own words in French: fixed lists, messages (same keys as domain-ar). The registries' names and
 * fields are their definitions' words (packages/core/src/glossary/registries), one module per registry.
 */
import { bilanMessages } from "@entraide/core/glossary/bilan";
import { enumMessages } from "@entraide/core/glossary/labels";
import { registryMessages } from "@entraide/core/glossary/registries";

import { importsMessages, importsResource } from "./imports";
import { duplicatesMessages } from "./matching";

export default {
  resources: { imports: importsResource.fr, ...registryMessages("fr") },
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
    beneficiary: {
      full_name: "Nom complet",
      enrollments: "Inscriptions de ce bénéficiaire",
      enroll: "Inscrire dans un centre",
    },
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
        centers: "Centres",
        centers_active: "Centres actifs",
        beneficiaries: "Bénéficiaires",
        enrollments: "Inscriptions",
        cooperatives: "Coopératives",
        marketplace_spaces: "Espaces de commercialisation",
        capacity: "Capacité d'accueil",
      },
      charts: {
        centers_by_type: "Centres par type",
        cooperatives_by_sector: "Coopératives par secteur",
        count: "Nombre",
      },
    },
  },
};
