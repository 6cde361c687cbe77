import { graphql } from '../../gql';

export const AdminAreasQuery = graphql(`
  query AdminAreas {
    employmentAreas {
      id
      code
      nameFi
      nameSv
      model
      municipalities {
        code
        nameFi
        nameSv
      }
    }
  }
`);

export const UpdateAdminAreaMutation = graphql(`
  mutation UpdateAdminArea($id: ID!, $input: UpdateEmploymentAreaInput!) {
    updateEmploymentArea(id: $id, input: $input) {
      id
      nameFi
      nameSv
    }
  }
`);

export const CreateAdminAreaMutation = graphql(`
  mutation CreateAdminArea($input: EmploymentAreaInput!) {
    createEmploymentArea(input: $input) {
      id
    }
  }
`);

export const AdminTaxonomyQuery = graphql(`
  query AdminTaxonomy($taxonomy: Taxonomy) {
    taxonomyTerms(taxonomy: $taxonomy) {
      id
      taxonomy
      code
      labelFi
      labelSv
      labelEn
    }
  }
`);

export const UpdateAdminTaxonomyTermMutation = graphql(`
  mutation UpdateAdminTaxonomyTerm($id: ID!, $input: UpdateTaxonomyTermInput!) {
    updateTaxonomyTerm(id: $id, input: $input) {
      id
      labelFi
      labelSv
      labelEn
    }
  }
`);

export const CreateAdminTaxonomyTermMutation = graphql(`
  mutation CreateAdminTaxonomyTerm($input: TaxonomyTermInput!) {
    createTaxonomyTerm(input: $input) {
      id
    }
  }
`);

export const AdminOrganizationsQuery = graphql(`
  query AdminOrganizations($first: Int, $after: String, $search: String, $types: [OrganizationType!]) {
    organizations(first: $first, after: $after, search: $search, types: $types) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          name
          type
          sector
          businessId
          website
          email
          phone
          homeMunicipalityCode
          employmentAreaId
        }
      }
    }
  }
`);

export const CreateAdminProviderMutation = graphql(`
  mutation CreateAdminProvider($input: ProviderOrganizationInput!) {
    createProvider(input: $input) {
      id
      name
    }
  }
`);

export const UpdateAdminProviderMutation = graphql(`
  mutation UpdateAdminProvider($id: ID!, $input: ProviderOrganizationInput!) {
    updateProvider(id: $id, input: $input) {
      id
      name
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($search: String, $after: String) {
    users(search: $search, first: 20, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          displayName
          email
          memberships {
            id
            role
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const AddAdminMembershipMutation = graphql(`
  mutation AddAdminMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      id
    }
  }
`);

export const RemoveAdminMembershipMutation = graphql(`
  mutation RemoveAdminMembership($membershipId: ID!) {
    removeMembership(membershipId: $membershipId) {
      id
    }
  }
`);
